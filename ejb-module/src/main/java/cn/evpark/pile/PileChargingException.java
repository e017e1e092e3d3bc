package cn.evpark.pile;

import cn.evpark.shared.DomainException;

/** The pile has a gun charging: it cannot be deleted now (manual 4.3). */
public class PileChargingException extends DomainException {

  private static final long serialVersionUID = 1L;

  public PileChargingException() {
    super("pile.charging", "a gun of the pile is charging; delete it when the session has ended");
  }
}
