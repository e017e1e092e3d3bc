package cn.evpark.parking;

import cn.evpark.shared.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still owed of each arrears record (欠费, {@code parking.md §5}), charging orders and stays
 * alike. Arrears are owed to an operator, not to an order: payments go to the driver's arrears
 * account and settle the oldest arrears first ({@code money.md §4.7}, the rule {@code
 * statistics.ArrearsAllocation} counts by). So what is owed now sits on the newest records: laid
 * end to end oldest first, the paid part is the first {@code total - owedNow} yuan.
 */
public final class ArrearsOutstanding {

  private ArrearsOutstanding() {}

  /**
   * An order's arrears as its settlement created them.
   *
   * @param orderNo a charging order's or a stay's 订单编号
   */
  public record Owed(String orderNo, Money arrears) {}

  /**
   * The unpaid part of each record.
   *
   * @param oldestFirst a driver's records at one operator, the oldest settlement first
   * @param owedNow what the driver owes the operator now, yuan, not negative
   * @return yuan per order number, every record present (zero when paid)
   * @throws IllegalArgumentException when more is owed than the records add up to (the ledger never
   *     lets it happen)
   */
  public static Map<String, Money> unpaid(List<Owed> oldestFirst, Money owedNow) {
    long total = oldestFirst.stream().mapToLong(o -> o.arrears().fen()).sum();
    long paid = total - owedNow.fen();
    if (paid < 0) {
      throw new IllegalArgumentException(
          "owed " + owedNow + " is more than the records' " + Money.ofFen(total));
    }
    Map<String, Money> unpaid = new HashMap<>();
    long start = 0;
    for (Owed order : oldestFirst) {
      long end = start + order.arrears().fen();
      unpaid.put(order.orderNo(), Money.ofFen(end - Math.max(start, Math.min(end, paid))));
      start = end;
    }
    return unpaid;
  }
}
