package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;

/** A command was sent to a pile that has no logged-in connection. */
public class PileOfflineException extends YkcCommandException {

  private static final long serialVersionUID = 1L;

  public PileOfflineException(PileCode pileCode) {
    super(pileCode, "pile " + pileCode.value() + " is offline");
  }

  /** Offline for a reason the message gives, e.g. its cluster member left. */
  public PileOfflineException(PileCode pileCode, String message) {
    super(pileCode, message);
  }
}
