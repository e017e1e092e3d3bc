package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;

/** A pile with this code is registered already; a code identifies one pile platform-wide. */
public class PileCodeTakenException extends DomainException {

  private static final long serialVersionUID = 1L;

  public PileCodeTakenException(PileCode code) {
    super("pile.code.taken", "pile code " + code.value() + " is registered already");
  }
}
