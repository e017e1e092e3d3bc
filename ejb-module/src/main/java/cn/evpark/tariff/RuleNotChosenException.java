package cn.evpark.tariff;

import cn.evpark.shared.DomainException;

/** A station was asked to publish reservations or activate occupancy fees without a rule. */
public class RuleNotChosenException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RuleNotChosenException(String code, String message) {
    super(code, message);
  }
}
