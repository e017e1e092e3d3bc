package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.HolsterState;
import cn.evpark.ykc.protocol.message.RealTimeData;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GunStatesTest {

  static RealTimeData status(Code<GunStatus> status, boolean plugged) {
    return new RealTimeData(
        TransactionSerial.NONE,
        YkcServerTest.REGISTERED,
        1,
        status,
        Code.of(HolsterState.HOLSTERED),
        plugged,
        new BigDecimal("0.0"),
        new BigDecimal("0.0"),
        -50,
        0,
        0,
        -50,
        0,
        0,
        new BigDecimal("0.0000"),
        new BigDecimal("0.0000"),
        new BigDecimal("0.0000"),
        0);
  }

  @Test
  void of_listedStatus_isItsState() {
    assertThat(GunStates.of(status(Code.of(GunStatus.FAULT), false))).isEqualTo(GunState.FAULT);
    assertThat(GunStates.of(status(Code.of(GunStatus.CHARGING), true)))
        .isEqualTo(GunState.CHARGING);
    assertThat(GunStates.of(status(Code.of(GunStatus.IDLE), true))).isEqualTo(GunState.PLUGGED);
  }

  @Test
  void of_statusOutsideTheTable_isIdleOrPluggedByThePlugFlag() {
    // pile-edge issue, item 1: a vendor's own status still gives the gun a state
    Code<GunStatus> vendors = Code.of(GunStatus.class, 0x07);

    assertThat(GunStates.of(status(vendors, false))).isEqualTo(GunState.IDLE);
    assertThat(GunStates.of(status(vendors, true))).isEqualTo(GunState.PLUGGED);
  }
}
