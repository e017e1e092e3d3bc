package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.protocol.PileCode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RemoteCommandTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 8, 0);

  private static RemoteCommand sent() {
    return new RemoteCommand(
        7L, 3L, PileCode.of("32010200000001"), RemoteCommandKind.TIME_SYNC, null, "admin", T0);
  }

  @Test
  void newCommand_isSent_withNoOutcome() {
    RemoteCommand command = sent();

    assertThat(command.getState()).isEqualTo(RemoteCommandState.SENT);
    assertThat(command.getRefusal()).isEmpty();
    assertThat(command.getAnsweredAt()).isEmpty();
  }

  @Test
  void answered_recordsThePilesTime() {
    RemoteCommand command = sent();
    LocalDateTime pileTime = LocalDateTime.of(2026, 11, 30, 16, 0, 1);

    command.answered(pileTime, T0.plusSeconds(1));

    assertThat(command.getState()).isEqualTo(RemoteCommandState.ANSWERED);
    assertThat(command.getPileTime()).contains(pileTime);
    assertThat(command.getAnsweredAt()).contains(T0.plusSeconds(1));
  }

  @Test
  void failed_recordsTheRefusalsCode() {
    RemoteCommand command = sent();

    command.failed("pile.offline", T0);

    assertThat(command.getState()).isEqualTo(RemoteCommandState.FAILED);
    assertThat(command.getRefusal()).contains("pile.offline");
  }

  @Test
  void settledCommand_refusesAnotherOutcome() {
    RemoteCommand command = sent();
    command.failed("pile.timeout", T0);

    assertThatThrownBy(() -> command.answered(null, T0)).isInstanceOf(IllegalStateException.class);
    assertThat(command.getState()).isEqualTo(RemoteCommandState.FAILED);
  }
}
