package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;

/** A command to a pile failed without a reply from the pile. */
public class YkcCommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PileCode pileCode;

  public YkcCommandException(PileCode pileCode, String message) {
    super(message);
    this.pileCode = pileCode;
  }

  public PileCode pileCode() {
    return pileCode;
  }
}
