package cn.evpark.wechatpay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which payments a refund of a wallet balance goes back through, and how much through each
 * (money.md §6). WeChat refunds per transaction: a refund of one payment is at most what it paid
 * minus what was refunded from it before (refunds that failed or were closed gave theirs back), and
 * WeChat takes no refund of a payment a year old or more.
 *
 * <p>The rule: the newest payments first, each as far as it reaches, so a request larger than one
 * payment is split over several and the fewest, most recent payments are used. Pure.
 */
public final class RefundSplit {

  /** How old a payment may be and still be refunded: WeChat's year, less a day of margin. */
  public static final long MAX_PAYMENT_AGE_DAYS = 364;

  private RefundSplit() {}

  /**
   * A payment as far as it can still be refunded.
   *
   * @param paymentOrderId the paid order
   * @param paidAt UTC
   * @param remainingFen what it paid minus what refunds not returned took from it, fen
   */
  public record Refundable(long paymentOrderId, LocalDateTime paidAt, long remainingFen) {}

  /**
   * A refund of one payment.
   *
   * @param paymentOrderId the order refunded
   * @param fen the amount, more than zero
   */
  public record Part(long paymentOrderId, long fen) {}

  /**
   * What can be refunded through WeChat at {@code now}, fen: the remainders of the payments not too
   * old.
   */
  public static long refundableFen(List<Refundable> payments, LocalDateTime now) {
    return usable(payments, now).stream().mapToLong(Refundable::remainingFen).sum();
  }

  /**
   * Splits a refund of {@code fen} over the payments, newest first.
   *
   * @param fen more than zero
   * @param now UTC, for the payments' age
   * @return the parts, newest payment first, summing to {@code fen}; empty when the payments cannot
   *     take it all (then none is to be made)
   */
  public static List<Part> split(long fen, List<Refundable> payments, LocalDateTime now) {
    if (fen <= 0) {
      throw new IllegalArgumentException("a refund is of more than zero: " + fen);
    }
    List<Part> parts = new ArrayList<>();
    long left = fen;
    for (Refundable payment : usable(payments, now)) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, payment.remainingFen());
      parts.add(new Part(payment.paymentOrderId(), take));
      left -= take;
    }
    return left == 0 ? List.copyOf(parts) : List.of();
  }

  private static List<Refundable> usable(List<Refundable> payments, LocalDateTime now) {
    LocalDateTime oldest = now.minusDays(MAX_PAYMENT_AGE_DAYS);
    return payments.stream()
        .filter(p -> p.remainingFen() > 0 && p.paidAt().isAfter(oldest))
        .sorted(
            Comparator.comparing(Refundable::paidAt)
                .thenComparingLong(Refundable::paymentOrderId)
                .reversed())
        .toList();
  }
}
