package cn.evpark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What a command sent through another member comes back as. */
class PileLinkRepliesTest {

  static final PileCode PILE = PileCode.of("32010200000001");

  @Test
  void aReplyFrame_isThePilesReply() {
    TimeSyncReply reply =
        new TimeSyncReply(
            PILE, Cp56Time2a.of(LocalDateTime.of(2026, 12, 2, 13, 52, 48, 659_000_000)));
    byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.ZERO, reply));

    assertThat(PileLink.reply(PILE, new Object[] {"REPLY", frame}, null)).isEqualTo(reply);
  }

  @Test
  void aPileNotHeldThere_isOffline() {
    assertThatThrownBy(() -> PileLink.reply(PILE, new Object[] {"OFFLINE", "gone"}, null))
        .isInstanceOf(PileOfflineException.class)
        .hasMessage("pile 32010200000001 is offline");
  }

  @Test
  void noAnswerFromThePile_isATimeout() {
    assertThatThrownBy(() -> PileLink.reply(PILE, new Object[] {"NO_REPLY", "late"}, null))
        .isInstanceOf(CommandTimeoutException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void aMemberThatLeft_leavesThePileOffline_andSaysSo() {
    assertThatThrownBy(
            () ->
                PileLink.reply(
                    PILE, null, new CompletionException(new MemberGoneException("3f2a-member"))))
        .isInstanceOf(PileOfflineException.class)
        .hasMessage("pile 32010200000001 was on an instance that left the cluster");
  }

  @Test
  void anotherFailure_isPassedOn() {
    IllegalStateException broken = new IllegalStateException("serialization");

    assertThatThrownBy(() -> PileLink.reply(PILE, null, broken))
        .isInstanceOf(CompletionException.class)
        .hasCause(broken);
    assertThatThrownBy(() -> PileLink.reply(PILE, new Object[] {"FAILED", "boom"}, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("boom");
  }
}
