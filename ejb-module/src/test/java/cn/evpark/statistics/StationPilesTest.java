package cn.evpark.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.PileKind;
import cn.evpark.statistics.StationPiles.PileOutline;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationPilesTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 0, 0);

  @Test
  void count_separatesAcAndDcPiles_andAddsTheirGuns() {
    StationPiles station =
        new StationPiles(
            7,
            List.of(
                new PileOutline(PileKind.AC, 1),
                new PileOutline(PileKind.DC, 2),
                new PileOutline(PileKind.AC, 1)));

    StationPileCount count = station.count(AT);

    assertThat(count.getStationId()).isEqualTo(7);
    assertThat(count.getAcPiles()).isEqualTo(2);
    assertThat(count.getDcPiles()).isEqualTo(1);
    assertThat(count.getGuns()).isEqualTo(4);
    assertThat(count.getCountedAt()).isEqualTo(AT);
  }

  @Test
  void count_ofAStationWithoutPiles_isZero() {
    StationPileCount count = new StationPiles(3, List.of()).count(AT);

    assertThat(count.getAcPiles() + count.getDcPiles() + count.getGuns()).isZero();
  }
}
