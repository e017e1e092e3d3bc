package cn.evpark.ykc.protocol.netty;

import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes {@link YkcFrame}s: {@code YkcFrame(seq 00 00, LE, LoginReply(55031412782305, accepted))}
 * becomes {@code 68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4C}. The buffer is allocated at the
 * frame's exact size.
 *
 * <p>Runs on: event loop. Stateless and {@link Sharable}.
 */
@Sharable
public final class YkcFrameEncoder extends MessageToByteEncoder<YkcFrame> {

  public YkcFrameEncoder() {
    super(YkcFrame.class);
  }

  @Override
  protected ByteBuf allocateBuffer(
      ChannelHandlerContext ctx, YkcFrame frame, boolean preferDirect) {
    int length = frame.length();
    return preferDirect ? ctx.alloc().ioBuffer(length) : ctx.alloc().heapBuffer(length);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, YkcFrame frame, ByteBuf out) {
    YkcCodec.encode(frame, out);
  }
}
