package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Counts frames in and out by type and bad input, between the codec and the session.
 *
 * <p>Runs on: event loops (shared by every connection of a server).
 */
@Sharable
final class FrameCounter extends ChannelDuplexHandler {

  private final Counters counters;

  FrameCounter(Counters counters) {
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof YkcFrame frame) {
      counters.frameIn(frame.message().type());
    } else if (msg instanceof InvalidFrame) {
      counters.decodeError();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof YkcFrame frame) {
      counters.frameOut(frame.message().type());
    }
    ctx.write(msg, promise);
  }
}
