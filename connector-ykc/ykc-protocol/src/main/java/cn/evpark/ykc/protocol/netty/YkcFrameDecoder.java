package cn.evpark.ykc.protocol.netty;

import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import cn.evpark.ykc.protocol.YkcFrame;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits a pile's byte stream into frames and decodes them: emits a {@link YkcFrame} per good frame
 * and an {@link InvalidFrame} per run of bad bytes. It never throws for bad input and never closes
 * the connection; no {@link ByteBuf} leaves it.
 *
 * <pre>
 *   … 00 FF | 68 0D 01 00 00 03 55 03 14 12 78 23 05 01 00 xx xx | 68 0C …
 *   garbage → InvalidFrame(BAD_START_BYTE, "00FF")
 *             frame of LEN 0x0D + 4 bytes → YkcFrame(Heartbeat)
 * </pre>
 *
 * <p>Framing follows {@code ykc-protocol.md §1, §2.3}: scan for {@code 0x68}, read LEN, wait for
 * LEN + 4 bytes, check the CRC in either byte order. A LEN below 4 drops the start byte. A CRC
 * mismatch drops the candidate up to the next {@code 0x68} inside it, so a real frame that a stray
 * {@code 0x68} appeared to swallow is found again. While a candidate is incomplete, a complete
 * CRC-valid frame at a later start byte wins over waiting, so a stray {@code 0x68} with a large LEN
 * cannot hold back the frames behind it. A CRC-valid frame that cannot be decoded (encrypted, wrong
 * body length, field out of range) is dropped whole. At most one maximal frame (259 bytes) is ever
 * buffered.
 *
 * <p>Runs on: event loop. One instance per channel (it keeps the partial frame).
 */
public final class YkcFrameDecoder extends ByteToMessageDecoder {

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int start = in.readerIndex();
    int readable = in.readableBytes();
    if (in.getUnsignedByte(start) != YkcCodec.START) {
      int next = in.indexOf(start + 1, in.writerIndex(), (byte) YkcCodec.START);
      int skip = next < 0 ? readable : next - start;
      out.add(
          new InvalidFrame(
              Reason.BAD_START_BYTE, skip + " bytes before a start byte", hex(in, start, skip)));
      in.skipBytes(skip);
      return;
    }
    if (readable < 2) {
      return;
    }
    int len = in.getUnsignedByte(start + 1);
    if (len < YkcCodec.MIN_LEN) {
      out.add(
          new InvalidFrame(
              Reason.LENGTH_OUT_OF_RANGE, "LEN " + len + " below 4", hex(in, start, 2)));
      in.skipBytes(1);
      return;
    }
    int frameLength = len + 4;
    if (readable < frameLength) {
      int later = laterCompleteFrame(in, start + 1);
      if (later >= 0) {
        out.add(
            new InvalidFrame(
                Reason.LENGTH_OUT_OF_RANGE,
                "LEN " + len + " runs into the next frame",
                hex(in, start, later - start)));
        in.skipBytes(later - start);
      }
      return;
    }
    try {
      YkcFrame frame = YkcCodec.decodeFrame(in, start);
      in.skipBytes(frameLength);
      out.add(frame);
    } catch (YkcDecodeException e) {
      out.add(InvalidFrame.of(e));
      if (e.reason() == Reason.CRC_MISMATCH) {
        int next = in.indexOf(start + 1, start + frameLength, (byte) YkcCodec.START);
        in.skipBytes(next < 0 ? frameLength : next - start);
      } else {
        in.skipBytes(frameLength);
      }
    }
  }

  /** Bytes left when the connection ends are a frame cut short. */
  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (in.isReadable()) {
      int readable = in.readableBytes();
      out.add(
          new InvalidFrame(
              Reason.TRUNCATED,
              "connection ended inside a frame",
              hex(in, in.readerIndex(), readable)));
      in.skipBytes(readable);
    }
  }

  /** The index of the first complete CRC-valid frame starting at or after {@code from}, or -1. */
  private static int laterCompleteFrame(ByteBuf in, int from) {
    int end = in.writerIndex();
    for (int i = in.indexOf(from, end, (byte) YkcCodec.START);
        i >= 0 && i + 1 < end;
        i = in.indexOf(i + 1, end, (byte) YkcCodec.START)) {
      int len = in.getUnsignedByte(i + 1);
      if (len >= YkcCodec.MIN_LEN && i + len + 4 <= end && YkcCodec.hasValidCrc(in, i)) {
        return i;
      }
    }
    return -1;
  }

  private static String hex(ByteBuf in, int index, int length) {
    return YkcCodec.hex(in, index, Math.min(length, YkcCodec.MAX_FRAME_LENGTH));
  }
}
