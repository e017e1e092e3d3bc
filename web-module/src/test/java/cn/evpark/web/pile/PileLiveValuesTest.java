package cn.evpark.web.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.GroundLockView;
import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileKind;
import cn.evpark.pile.PileRow;
import cn.evpark.web.shared.LiveValues.Value;
import cn.evpark.web.shared.Refusals;
import cn.evpark.ykc.api.GunState;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PileLiveValuesTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 8, 0);

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

  @Test
  void of_pileWithGroundLocks_showsEachLockWithItsBayAndBattery() {
    GroundLockView raised = new GroundLockView(1, "RAISED", false, 80, "NONE", T0);
    GroundLockView failed = new GroundLockView(2, "LOWERED", true, 100, "RAISE_LOWER_FAILED", T0);
    PileRow row = row(9L, true, List.of(GunState.IDLE, GunState.IDLE), List.of(raised, failed));

    var values = PileLiveValues.of(List.of(row), PileLiveValuesTest::zh).values();

    assertThat(values)
        .containsEntry(
            "pile-9-lock-1", new Value("1号枪 已升锁 · 无车 · 电量 80%", "ui-tag lock lock-RAISED"))
        .containsEntry(
            "pile-9-lock-2",
            new Value("2号枪 已降锁 · 有车 · 电量 100% · 升降锁失败", "ui-tag lock lock-LOWERED lock-alarm"));
  }

  @Test
  void lockText_codeTheProtocolDoesNotList_showsItsByte() {
    GroundLockView odd = new GroundLockView(1, "0x12", false, 50, "0x33", T0);

    assertThat(PileLiveValues.lockText(odd, PileLiveValuesTest::zh))
        .isEqualTo("1号枪 0x12 · 无车 · 电量 50% · 0x33");
  }

  private static String zh(String key) {
    return Refusals.bundle("zh").find(key).orElseThrow(() -> new AssertionError(key));
  }

  private static PileRow row(long id, boolean online, List<GunState> guns) {
    return row(id, online, guns, List.of());
  }

  private static PileRow row(
      long id, boolean online, List<GunState> guns, List<GroundLockView> locks) {
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
        true,
        locks);
  }
}
