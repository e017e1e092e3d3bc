package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.wechatpay.RefundSplit.Part;
import cn.evpark.wechatpay.RefundSplit.Refundable;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * money.md §6: a wallet refund goes back through WeChat payments, newest first, each at most its
 * rest.
 */
class RefundSplitTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 11, 0);

  static Refundable paid(long id, int daysAgo, long remainingFen) {
    return new Refundable(id, NOW.minusDays(daysAgo), remainingFen);
  }

  @Test
  void split_withinTheNewestPayment_takesOnlyIt() {
    List<Part> parts = RefundSplit.split(3000, List.of(paid(1, 10, 5000), paid(2, 1, 5000)), NOW);

    assertThat(parts).containsExactly(new Part(2, 3000));
  }

  @Test
  void split_largerThanOnePayment_goesOnToOlderOnes() {
    List<Part> parts =
        RefundSplit.split(
            6000, List.of(paid(1, 30, 5000), paid(2, 20, 2000), paid(3, 1, 1000)), NOW);

    assertThat(parts).containsExactly(new Part(3, 1000), new Part(2, 2000), new Part(1, 3000));
  }

  @Test
  void split_skipsPaymentsRefundedInFull_andThoseAYearOld() {
    List<Part> parts =
        RefundSplit.split(
            1500, List.of(paid(1, 364, 9000), paid(2, 363, 1500), paid(3, 1, 0)), NOW);

    assertThat(parts).containsExactly(new Part(2, 1500));
    assertThat(RefundSplit.refundableFen(List.of(paid(1, 364, 9000), paid(2, 363, 1500)), NOW))
        .isEqualTo(1500);
  }

  @Test
  void split_moreThanThePaymentsCanTake_isNoSplitAtAll() {
    assertThat(RefundSplit.split(5001, List.of(paid(1, 1, 5000)), NOW)).isEmpty();
    assertThat(RefundSplit.split(1, List.of(), NOW)).isEmpty();
  }

  @Test
  void split_ofNothing_isRefused() {
    assertThatThrownBy(() -> RefundSplit.split(0, List.of(paid(1, 1, 5000)), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void split_sumsToTheAmount_andNoPartExceedsItsPayment(
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 100_000) Integer> remainders,
      @ForAll @IntRange(min = 1, max = 300_000) int fen) {
    List<Refundable> payments =
        java.util.stream.IntStream.range(0, remainders.size())
            .mapToObj(i -> paid(i + 1, i, remainders.get(i)))
            .toList();
    long available = remainders.stream().mapToLong(Integer::longValue).sum();

    List<Part> parts = RefundSplit.split(fen, payments, NOW);

    if (fen > available) {
      assertThat(parts).isEmpty();
      return;
    }
    assertThat(parts.stream().mapToLong(Part::fen).sum()).isEqualTo(fen);
    for (Part part : parts) {
      assertThat(part.fen()).isPositive();
      assertThat(part.fen())
          .isLessThanOrEqualTo(remainders.get((int) part.paymentOrderId() - 1).longValue());
    }
    assertThat(parts.stream().map(Part::paymentOrderId).distinct().count()).isEqualTo(parts.size());
  }
}
