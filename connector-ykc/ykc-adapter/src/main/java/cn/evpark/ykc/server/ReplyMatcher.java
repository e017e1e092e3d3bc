package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.message.GunScoped;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PileScoped;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.Optional;

/**
 * Whether a pile's message answers a command: the reply frame type of the command, the same pile,
 * the same gun when both name one, and the same transaction serial when both carry one ({@code
 * ykc-protocol.md §2.2}: never by SEQ alone).
 */
final class ReplyMatcher {

  private ReplyMatcher() {}

  static boolean answers(PileMessage reply, PlatformMessage command) {
    if (command.type().replyType().filter(t -> t == reply.type()).isEmpty()) {
      return false;
    }
    if (command instanceof PileScoped c && reply instanceof PileScoped r) {
      if (!c.pileCode().equals(r.pileCode())) {
        return false;
      }
    }
    if (command instanceof GunScoped c && reply instanceof GunScoped r && c.gun() != r.gun()) {
      return false;
    }
    Optional<?> commandSerial = Serials.of(command);
    Optional<?> replySerial = Serials.of(reply);
    return commandSerial.isEmpty() || replySerial.isEmpty() || commandSerial.equals(replySerial);
  }
}
