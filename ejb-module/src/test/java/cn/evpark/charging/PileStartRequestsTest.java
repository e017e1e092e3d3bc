package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunRole;
import cn.evpark.ykc.protocol.message.ParallelStartReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.StartMethod;
import org.junit.jupiter.api.Test;

/** Issue 14: a start request from the pile is refused with its reason, never left unanswered. */
class PileStartRequestsTest {

  private static final PileCode PILE = PileCode.of("32010600213533");
  private static final PhysicalCardNumber CARD = PhysicalCardNumber.of("00000000D14B0A54");

  @Test
  void parallelStartRequest_isRefusedAsNotAllowedAtThePile_echoingGunAndSession() {
    ParallelSessionNumber session = ParallelSessionNumber.of("241130201500");
    ParallelStartRequest request =
        new ParallelStartRequest(
            PILE,
            2,
            Code.of(StartMethod.CARD),
            false,
            CARD,
            Bytes.zeros(16),
            "",
            Code.of(GunRole.AUXILIARY),
            session);

    ParallelStartReply reply = PileStartRequests.answer(request);

    assertThat(reply.authorised()).isFalse();
    assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE);
    assertThat(reply.pileCode()).isEqualTo(PILE);
    assertThat(reply.gun()).isEqualTo(2);
    assertThat(reply.parallelSession()).isEqualTo(session);
    assertThat(reply.transactionSerial()).isEqualTo(TransactionSerial.NONE);
  }

  @Test
  void cardStart_isRefusedAsCardPaymentUnsupported() {
    CardStartReply reply = PileStartRequests.answer(request(Code.of(StartMethod.CARD)));

    assertThat(reply.authorised()).isFalse();
    assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.CARD_PAYMENT_UNSUPPORTED);
    assertThat(reply.gun()).isEqualTo(1);
  }

  @Test
  void vinStart_isRefusedAsVinUnknown() {
    assertThat(PileStartRequests.answer(request(Code.of(StartMethod.VIN))).failureReason())
        .isEqualTo(AuthFailureReason.VIN_UNKNOWN);
  }

  @Test
  void accountStart_isRefusedAsAccountNotFound() {
    assertThat(
            PileStartRequests.answer(request(Code.of(StartMethod.ACCOUNT_PASSWORD)))
                .failureReason())
        .isEqualTo(AuthFailureReason.ACCOUNT_NOT_FOUND);
  }

  @Test
  void startMethodOutsideTheTable_isStillAnswered_asCardPaymentUnsupported() {
    CardStartReply reply = PileStartRequests.answer(request(Code.of(StartMethod.class, 0x07)));

    assertThat(reply.authorised()).isFalse();
    assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.CARD_PAYMENT_UNSUPPORTED);
  }

  private static CardStartRequest request(Code<StartMethod> method) {
    return new CardStartRequest(PILE, 1, method, false, CARD, Bytes.zeros(16), "");
  }
}
