package cn.evpark.charging;

import cn.evpark.shared.DomainException;

/** A charging order was asked to move in a way its life cycle does not allow (money.md §3). */
public class IllegalOrderTransitionException extends DomainException {

  private static final long serialVersionUID = 1L;

  public IllegalOrderTransitionException(String orderNo, OrderState from, String move) {
    super(
        "charging.order.illegalTransition", "order " + orderNo + " in " + from + " cannot " + move);
  }
}
