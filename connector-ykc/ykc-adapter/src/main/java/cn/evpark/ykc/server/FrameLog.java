package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.PileCode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The per-pile frame log staff switch on to debug one pile: every byte in and out, in hex, with the
 * pile code, logged to {@code cn.evpark.ykc.frames} (protocol spec §11.7: field debugging is done
 * from hex dumps). A connection is attributed to a pile from its login on.
 *
 * <p>Runs on: event loops (shared by every connection of a server); switching on any thread.
 */
@Sharable
final class FrameLog extends ChannelDuplexHandler {

  /** The pile a connection speaks for, once it tried to log in. */
  static final AttributeKey<PileCode> PILE = AttributeKey.valueOf("ykc.pile");

  private static final Logger LOG = Logger.getLogger("cn.evpark.ykc.frames");

  private final Set<PileCode> enabled = ConcurrentHashMap.newKeySet();

  void enable(PileCode pile, boolean on) {
    if (on) {
      enabled.add(pile);
    } else {
      enabled.remove(pile);
    }
  }

  Set<PileCode> enabled() {
    return Set.copyOf(enabled);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    log(ctx, msg, "<-");
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    log(ctx, msg, "->");
    ctx.write(msg, promise);
  }

  private void log(ChannelHandlerContext ctx, Object msg, String direction) {
    if (enabled.isEmpty() || !(msg instanceof ByteBuf bytes)) {
      return;
    }
    PileCode pile = ctx.channel().attr(PILE).get();
    if (pile != null && enabled.contains(pile)) {
      String hex = ByteBufUtil.hexDump(bytes).toUpperCase(java.util.Locale.ROOT);
      LOG.info(
          () ->
              "pile "
                  + pile.value()
                  + " "
                  + ctx.channel().remoteAddress()
                  + " "
                  + direction
                  + " "
                  + hex);
    }
  }
}
