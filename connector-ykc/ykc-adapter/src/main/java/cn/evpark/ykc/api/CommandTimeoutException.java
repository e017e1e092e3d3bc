package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;

/** A pile did not answer a command in time, after every retry. */
public class CommandTimeoutException extends YkcCommandException {

  private static final long serialVersionUID = 1L;

  public CommandTimeoutException(PileCode pileCode, String what) {
    super(pileCode, "pile " + pileCode.value() + " did not answer " + what + " in time");
  }
}
