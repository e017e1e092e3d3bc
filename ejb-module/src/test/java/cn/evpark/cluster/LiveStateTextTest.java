package cn.evpark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveStateTextTest {

  static final PileCode PILE = PileCode.of("32010200000001");

  @Test
  void aStateCrossesAsText_andComesBackTheSame_toTheMillisecond() {
    PileLiveState state =
        new PileLiveState(
            PILE,
            true,
            Instant.parse("2026-12-02T05:00:00.123Z"),
            Instant.parse("2026-12-02T05:01:10.456Z"),
            Map.of(1, GunState.CHARGING, 2, GunState.PLUGGED));

    String text = LiveStateText.of(state);

    assertThat(text).startsWith("true;1796187600123;1796187670456;");
    assertThat(LiveStateText.parse(PILE, text)).isEqualTo(state);
  }

  @Test
  void aPileWithNoGunReportedYet_hasNoGuns() {
    PileLiveState state =
        new PileLiveState(PILE, true, Instant.EPOCH, Instant.ofEpochMilli(5), Map.of());

    assertThat(LiveStateText.of(state)).isEqualTo("true;0;5;");
    assertThat(LiveStateText.parse(PILE, "true;0;5;")).isEqualTo(state);
  }

  @Test
  void textInAnotherForm_isRefused() {
    assertThatThrownBy(() -> LiveStateText.parse(PILE, "true;0;5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("true;0;5");
  }

  @Test
  void aSessionOfTheRegistry_isItsPileAndConnection() {
    assertThat(SessionsLost.Session.of("32010200000001", "6f1c-uuid/4611686018427387905"))
        .isEqualTo(new SessionsLost.Session(PILE, 4611686018427387905L));
  }
}
