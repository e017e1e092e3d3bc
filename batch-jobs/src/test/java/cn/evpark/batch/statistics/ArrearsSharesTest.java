package cn.evpark.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayKey;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrearsSharesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 3);

  @Test
  void encode_keepsThePartitionsStations_andDecodeGivesThemBack() {
    Map<StationDayKey, Money> paid =
        Map.of(
            new StationDayKey(10, DAY), Money.of("1.25"),
            new StationDayKey(11, DAY.plusDays(1)), Money.of("0.01"),
            new StationDayKey(21, DAY), Money.of("9.00"));

    String share = ArrearsShares.encode(paid, 9, 20);

    assertThat(ArrearsShares.decode(share))
        .isEqualTo(
            Map.of(
                new StationDayKey(10, DAY), Money.of("1.25"),
                new StationDayKey(11, DAY.plusDays(1)), Money.of("0.01")));
  }

  @Test
  void noShare_isEmptyBothWays() {
    assertThat(ArrearsShares.encode(Map.of(), 0, 100)).isEmpty();
    assertThat(ArrearsShares.decode("")).isEmpty();
    assertThat(ArrearsShares.decode(null)).isEmpty();
  }

  @Test
  void decode_otherText_isRefused() {
    assertThatThrownBy(() -> ArrearsShares.decode("10:20"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
