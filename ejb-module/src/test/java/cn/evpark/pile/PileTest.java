package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.operator.Operator;
import cn.evpark.station.Scenario;
import cn.evpark.station.Station;
import cn.evpark.station.StationDetails;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PileTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 8, 0);

  static Pile pile() {
    Station station = new Station(new Operator("运营商", T0), details(), T0);
    DeviceModel model =
        new DeviceModel(
            new DeviceModelDetails(
                DeviceProtocol.YKC, "DC-120kW", PileKind.DC, 2, new BigDecimal("120")),
            T0);
    return new Pile(
        station,
        PileCode.of("32010200000001"),
        model,
        new PileDetails(
            1L, 1L, "32010200000001", new BigDecimal("2"), true, PileCategory.PUBLIC, "", ""),
        T0);
  }

  static StationDetails details() {
    return new StationDetails(
        "电站",
        "310000",
        "310100",
        "310101",
        "地址",
        new BigDecimal("31.2"),
        new BigDecimal("121.4"),
        Scenario.OFFICE,
        "13800138000");
  }

  @Test
  void newPile_takesKindAndGunsFromItsModel_andTheAmountWithTwoDecimals() {
    Pile pile = pile();

    assertThat(pile.getKind()).isEqualTo(PileKind.DC);
    assertThat(pile.getGunCount()).isEqualTo(2);
    assertThat(pile.getMinStartAmount()).isEqualByComparingTo("2").hasToString("2.00");
    assertThat(pile.mayStartCharging()).isTrue();
  }

  @Test
  void reportedProtocolVersion_isKeptAsSent_knownOrNot() {
    // docs/ykc-versions.md: a version the platform does not know is kept and flagged, not refused
    Pile pile = pile();
    assertThat(pile.getReportedProtocolVersion()).isEmpty();

    pile.reportedProtocolVersion(Code.of(ProtocolVersion.V1_7));
    assertThat(pile.getReportedProtocolVersion()).contains(Code.of(ProtocolVersion.V1_7));

    pile.reportedProtocolVersion(Code.of(ProtocolVersion.class, 0x12));
    assertThat(pile.getReportedProtocolVersion()).contains(Code.of(ProtocolVersion.class, 0x12));
    assertThat(pile.getReportedProtocolVersion().get().isKnown()).isFalse();
  }

  @Test
  void disabledPile_mayNotStartCharging() {
    Pile pile = pile();

    pile.setOperating(false);

    assertThat(pile.mayStartCharging()).isFalse();
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

  @Test
  void loginOfATakenOverConnection_arrivingLate_isIgnored_andItsOfflineToo() {
    Pile pile = pile();
    pile.cameOnline(2, T0.plusSeconds(1));

    pile.cameOnline(1, T0);
    pile.wentOffline(1, T0.plusSeconds(2));

    assertThat(pile.getLastOnlineAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(pile.getLastOfflineAt()).isNull();
  }

  @Test
  void loginsAtTheSameInstant_areOrderedByConnection() {
    Pile pile = pile();
    pile.cameOnline(8, T0);

    pile.cameOnline(7, T0);
    pile.wentOffline(7, T0.plusSeconds(1));
    assertThat(pile.getLastOfflineAt()).isNull();

    pile.wentOffline(8, T0.plusSeconds(2));
    assertThat(pile.getLastOfflineAt()).isEqualTo(T0.plusSeconds(2));
  }
}
