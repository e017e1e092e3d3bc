package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.operator.Operator;
import cn.evpark.station.Station;
import cn.evpark.ykc.protocol.PileCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PileTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 8, 0);

  static Pile pile() {
    Station station = new Station(new Operator("运营商", T0), "电站", "地址", T0);
    return new Pile(station, PileCode.of("32010200000001"), PileKind.AC, 1, T0);
  }

  @Test
  void offlineOfTheCurrentConnection_isRecorded() {
    Pile pile = pile();
    pile.cameOnline(1, T0);

    pile.wentOffline(1, T0.plusMinutes(5));

    assertThat(pile.getLastOnlineAt()).isEqualTo(T0);
    assertThat(pile.getLastOfflineAt()).isEqualTo(T0.plusMinutes(5));
  }

  @Test
  void offlineOfAnOlderConnection_afterAReconnect_isIgnored() {
    Pile pile = pile();
    pile.cameOnline(1, T0);
    pile.cameOnline(2, T0.plusSeconds(1));

    pile.wentOffline(1, T0.plusSeconds(2));

    assertThat(pile.getLastOfflineAt()).isNull();
    assertThat(pile.getLastOnlineAt()).isEqualTo(T0.plusSeconds(1));
  }
}
