package cn.evpark.parking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.parking.ArrearsOutstanding.Owed;
import cn.evpark.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ArrearsOutstandingPropertiesTest {

  @Test
  void payments_settleTheOldestFirst() {
    List<Owed> owed =
        List.of(
            new Owed("DD1", Money.of("3.00")),
            new Owed("ZW2", Money.of("5.00")),
            new Owed("DD3", Money.of("2.00")));

    Map<String, Money> unpaid = ArrearsOutstanding.unpaid(owed, Money.of("6.00"));

    assertThat(unpaid)
        .containsEntry("DD1", Money.of("0.00"))
        .containsEntry("ZW2", Money.of("4.00"))
        .containsEntry("DD3", Money.of("2.00"));
  }

  @Property
  void theUnpaidParts_addUpToWhatIsOwed_eachWithinItsRecord_newestPaidLast(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 100_000) Integer> fen,
      @ForAll @IntRange(min = 0, max = 100) int owedPercent) {
    List<Owed> owed = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < fen.size(); i++) {
      owed.add(new Owed("DD" + i, Money.ofFen(fen.get(i))));
      total += fen.get(i);
    }
    Money owedNow = Money.ofFen(total * owedPercent / 100);

    Map<String, Money> unpaid = ArrearsOutstanding.unpaid(owed, owedNow);

    assertThat(unpaid.values().stream().mapToLong(Money::fen).sum()).isEqualTo(owedNow.fen());
    boolean newerMustBeWhole = false;
    for (Owed order : owed) {
      Money left = unpaid.get(order.orderNo());
      assertThat(left.fen()).isBetween(0L, order.arrears().fen());
      if (newerMustBeWhole) {
        assertThat(left).isEqualTo(order.arrears());
      }
      newerMustBeWhole |= left.fen() > 0;
    }
  }
}
