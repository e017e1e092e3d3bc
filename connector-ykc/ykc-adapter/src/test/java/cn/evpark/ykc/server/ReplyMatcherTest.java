package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StopFailureReason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which pile message answers which command ({@code ykc-protocol.md §2.2}: never by SEQ alone). */
class ReplyMatcherTest {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final PileCode OTHER = PileCode.of("32010200000002");
  static final TransactionSerial SERIAL = TransactionSerial.of("32010200000001012611251000000001");
  static final TransactionSerial OTHER_SERIAL =
      TransactionSerial.of("32010200000001012611251000000002");

  static RemoteStart start(TransactionSerial serial) {
    return new RemoteStart(
        serial, PILE, 1, LogicalCardNumber.NONE, PhysicalCardNumber.NONE, new BigDecimal("50.00"));
  }

  @Test
  void answers_theCommandsReplyTypeFromTheSamePile_isTrue() {
    assertThat(
            ReplyMatcher.answers(
                new RemoteRebootReply(PILE, true),
                new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY)))
        .isTrue();
  }

  @Test
  void answers_anotherReplyType_isFalse() {
    assertThat(ReplyMatcher.answers(new RemoteRebootReply(PILE, true), new RemoteStop(PILE, 1)))
        .isFalse();
  }

  @Test
  void answers_anotherPile_isFalse() {
    assertThat(
            ReplyMatcher.answers(
                new RemoteRebootReply(OTHER, true),
                new RemoteReboot(PILE, ExecutionControl.IMMEDIATELY)))
        .isFalse();
  }

  @Test
  void answers_anotherGun_isFalse() {
    assertThat(
            ReplyMatcher.answers(
                new RemoteStopResult(PILE, 2, true, Code.of(StopFailureReason.NONE)),
                new RemoteStop(PILE, 1)))
        .isFalse();
  }

  @Test
  void answers_remoteStartResult_matchesOnlyTheSameTransactionSerial() {
    RemoteStartResult result =
        new RemoteStartResult(SERIAL, PILE, 1, true, Code.of(StartFailureReason.NONE));

    assertThat(ReplyMatcher.answers(result, start(SERIAL))).isTrue();
    assertThat(ReplyMatcher.answers(result, start(OTHER_SERIAL))).isFalse();
  }
}
