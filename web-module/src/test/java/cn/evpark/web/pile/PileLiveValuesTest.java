package cn.evpark.web.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileKind;
import cn.evpark.pile.PileRow;
import cn.evpark.web.shared.LiveValues.Value;
import cn.evpark.web.shared.Refusals;
import cn.evpark.ykc.api.GunState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PileLiveValuesTest {

  @Test
  void of_onlinePileWithTwoGuns_keysEachValueAsThePageMarksIt() {
    PileRow row = row(7L, true, List.of(GunState.IDLE, GunState.CHARGING));

    var values = PileLiveValues.of(List.of(row), PileLiveValuesTest::zh).values();

    assertThat(values)
        .containsOnlyKeys("pile-7-online", "pile-7-gun-1", "pile-7-gun-2")
        .containsEntry("pile-7-online", new Value("在线", "ui-tag ui-tag-success pile-online"))
        .containsEntry("pile-7-gun-2", new Value("2号枪 充电中", "ui-tag gun gun-CHARGING"));
  }

  @Test
  void of_offlinePile_isMarkedOffline() {
    var values =
        PileLiveValues.of(
                List.of(row(8L, false, List.of(GunState.OFFLINE))), PileLiveValuesTest::zh)
            .values();

    assertThat(values.get("pile-8-online"))
        .isEqualTo(new Value("离线", "ui-tag pile-online pile-offline"));
  }

  private static String zh(String key) {
    return Refusals.bundle("zh").find(key).orElseThrow(() -> new AssertionError(key));
  }

  private static PileRow row(long id, boolean online, List<GunState> guns) {
    return new PileRow(
        id,
        "32010200000001",
        1L,
        "站",
        "YKC",
        PileKind.DC,
        guns.size(),
        new BigDecimal("2.00"),
        true,
        PileCategory.PUBLIC,
        null,
        null,
        online,
        guns,
        "1.5",
        true);
  }
}
