package cn.evpark.web.pile;

import static cn.evpark.web.shared.Refusals.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.RemoteCommand;
import cn.evpark.pile.RemoteCommandKind;
import cn.evpark.ykc.protocol.PileCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RemoteCommandLineTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 8, 0);

  private static RemoteCommand command(RemoteCommandKind kind) {
    return new RemoteCommand(1L, 2L, PileCode.of("32010200000001"), kind, null, "admin", T0);
  }

  @Test
  void of_groundLockCommand_namesItsGun_inTheOperationAndTheOutcome() {
    RemoteCommand raise =
        new RemoteCommand(
            1L, 2L, PileCode.of("32010200000001"), RemoteCommandKind.LOCK_RAISE, 2, "admin", T0);
    raise.answered(null, T0);
    RemoteCommand lower =
        new RemoteCommand(
            1L, 2L, PileCode.of("32010200000001"), RemoteCommandKind.LOCK_LOWER, 1, "admin", T0);
    lower.failed("pile.lock.refused", T0);

    assertThat(RemoteCommandLine.of(raise, bundle("zh")))
        .extracting(RemoteCommandLine::operation, RemoteCommandLine::outcome)
        .containsExactly("2号枪升锁", "充电桩 32010200000001 的 2 号枪地锁已升起");
    assertThat(RemoteCommandLine.of(lower, bundle("zh")).outcome())
        .isEqualTo("充电桩 32010200000001 的 1 号枪地锁未动作（车位有车或地锁故障）");
  }

  @Test
  void of_sentCommand_saysItWaitsForThePile() {
    RemoteCommandLine line =
        RemoteCommandLine.of(command(RemoteCommandKind.TIME_SYNC), bundle("zh"));

    assertThat(line.operation()).isEqualTo("同步时间");
    assertThat(line.outcome()).isEqualTo("指令已下发，等待充电桩 32010200000001 应答");
    assertThat(line.sent()).isTrue();
  }

  @Test
  void of_answeredCommand_saysWhatThePileDid() {
    RemoteCommand restart = command(RemoteCommandKind.RESTART);
    restart.answered(null, T0);

    RemoteCommandLine line = RemoteCommandLine.of(restart, bundle("zh"));

    assertThat(line.outcome()).isEqualTo("充电桩 32010200000001 已接受重启");
    assertThat(line.sent()).isFalse();
  }

  @Test
  void of_failedCommand_wordsItsRefusalLikeThePageDid() {
    RemoteCommand push = command(RemoteCommandKind.GUN_QR_PUSH);
    push.failed("pile.offline", T0);

    RemoteCommandLine line = RemoteCommandLine.of(push, bundle("en"));

    assertThat(line.operation()).isEqualTo("Push gun QR codes");
    assertThat(line.outcome()).isEqualTo("Pile 32010200000001 is offline; nothing sent");
  }
}
