package cn.evpark.charging;

import cn.evpark.shared.Money;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * A command an order sends its pile once the order's transaction has committed.
 *
 * @param kind start (0x34) or stop (0x36)
 * @param orderId the order
 * @param pileCode its pile
 * @param gun its gun
 * @param serial its transaction serial
 * @param balance for a start, the balance the pile may charge to (yuan)
 */
public record OrderCommand(
    Kind kind, long orderId, PileCode pileCode, int gun, TransactionSerial serial, Money balance) {

  /** What to send. */
  public enum Kind {
    START,
    STOP
  }

  static OrderCommand start(ChargingOrder order) {
    return new OrderCommand(
        Kind.START,
        order.getId(),
        order.getPileCode(),
        order.getGun(),
        order.getTransactionSerial(),
        order.getStartBalance().orElseThrow());
  }

  static OrderCommand stop(ChargingOrder order) {
    return new OrderCommand(
        Kind.STOP,
        order.getId(),
        order.getPileCode(),
        order.getGun(),
        order.getTransactionSerial(),
        Money.ZERO);
  }
}
