package cn.evpark.ykc.protocol;

import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import cn.evpark.ykc.protocol.message.MessageCodec;
import cn.evpark.ykc.protocol.message.YkcMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.Locale;

/**
 * Frames to and from bytes, as pure functions: no channel, no state.
 *
 * <pre>
 *   off 0  1    2-3  4    5     6 .. 6+N-1   6+N, 7+N
 *       68 LEN  SEQ  ENC  TYPE  BODY (N)     CRC16 (low byte first)
 *   LEN = N + 4 (SEQ, ENC, TYPE, BODY); the CRC covers bytes [2, 2 + LEN)
 * </pre>
 *
 * <p>Decoding checks, in order: start byte, LEN, CRC in either byte order (the one that matched is
 * kept in {@link YkcFrame#crcOrder()}), ENC, and the body against its type. Every refusal is a
 * {@link YkcDecodeException} carrying the frame's hex.
 */
public final class YkcCodec {

  /** The start byte. */
  public static final int START = 0x68;

  /** Start, LEN, SEQ (2), ENC, TYPE. */
  public static final int HEADER_LENGTH = 6;

  /** The smallest LEN: SEQ, ENC and TYPE with an empty body. */
  public static final int MIN_LEN = 4;

  /** The largest frame: LEN 255 + start, LEN and CRC. */
  public static final int MAX_FRAME_LENGTH = 255 + 4;

  private YkcCodec() {}

  /**
   * Decodes exactly one frame.
   *
   * @throws YkcDecodeException if {@code frame} is not exactly one valid frame
   */
  public static YkcFrame decode(byte[] frame) {
    ByteBuf buf = Unpooled.wrappedBuffer(frame);
    YkcFrame decoded = decode(buf);
    if (buf.isReadable()) {
      throw new YkcDecodeException(
          Reason.LENGTH_OUT_OF_RANGE,
          "LEN says " + (frame.length - buf.readableBytes()) + " bytes, got " + frame.length,
          hex(buf, 0, frame.length));
    }
    return decoded;
  }

  /**
   * Decodes the frame at the reader index and moves the reader index past it; on failure the reader
   * index is unchanged.
   *
   * @throws YkcDecodeException if the bytes there are not a whole valid frame
   */
  public static YkcFrame decode(ByteBuf in) {
    int start = in.readerIndex();
    int available = in.readableBytes();
    if (available < 2) {
      throw new YkcDecodeException(Reason.TRUNCATED, "no LEN byte", hex(in, start, available));
    }
    if (in.getUnsignedByte(start) != START) {
      throw new YkcDecodeException(
          Reason.BAD_START_BYTE, "frame must start with 68", hex(in, start, available));
    }
    int len = in.getUnsignedByte(start + 1);
    if (len >= MIN_LEN && available < len + 4) {
      throw new YkcDecodeException(
          Reason.TRUNCATED,
          "LEN " + len + " needs " + (len + 4) + " bytes, got " + available,
          hex(in, start, available));
    }
    YkcFrame frame = decodeFrame(in, start);
    in.skipBytes(len + 4);
    return frame;
  }

  /**
   * Decodes the frame at absolute {@code index}, whose start byte has been checked and whose LEN +
   * 4 bytes are readable; indices unchanged. For framing decoders that have found a candidate.
   *
   * @throws YkcDecodeException for a LEN below 4, a CRC mismatch or a bad body
   */
  public static YkcFrame decodeFrame(ByteBuf in, int index) {
    int len = in.getUnsignedByte(index + 1);
    if (len < MIN_LEN) {
      throw new YkcDecodeException(
          Reason.LENGTH_OUT_OF_RANGE, "LEN " + len + " below 4", hex(in, index, 2));
    }
    int wireCrc = in.getUnsignedShortLE(index + 2 + len);
    int crc = Crc16.compute(in, index + 2, len);
    CrcOrder order;
    if (wireCrc == crc) {
      order = CrcOrder.LE;
    } else if (wireCrc == Integer.reverseBytes(crc) >>> 16) {
      order = CrcOrder.BE;
    } else {
      throw new YkcDecodeException(
          Reason.CRC_MISMATCH,
          String.format("CRC %04X in neither byte order of %04X", wireCrc, crc),
          hex(in, index, len + 4));
    }
    int enc = in.getUnsignedByte(index + 4);
    if (enc != 0) {
      throw new YkcDecodeException(
          enc == 1 ? Reason.ENCRYPTED_UNSUPPORTED : Reason.UNKNOWN_ENCRYPTION_FLAG,
          enc == 1 ? "3DES-encrypted body" : "ENC " + enc,
          hex(in, index, len + 4));
    }
    Sequence seq = new Sequence(in.getUnsignedByte(index + 2), in.getUnsignedByte(index + 3));
    int type = in.getUnsignedByte(index + 5);
    try {
      YkcMessage message = MessageCodec.decodeBody(type, in, index + HEADER_LENGTH, len - 4);
      return new YkcFrame(seq, order, message);
    } catch (YkcDecodeException e) {
      throw e.withFrame(hex(in, index, len + 4));
    }
  }

  /**
   * True if the LEN + 4 bytes at absolute {@code index} have a start byte, a LEN of at least 4 and
   * a CRC matching in either order; the body is not looked at. Indices unchanged.
   */
  public static boolean hasValidCrc(ByteBuf in, int index) {
    int len = in.getUnsignedByte(index + 1);
    if (in.getUnsignedByte(index) != START || len < MIN_LEN) {
      return false;
    }
    int wireCrc = in.getUnsignedShortLE(index + 2 + len);
    int crc = Crc16.compute(in, index + 2, len);
    return wireCrc == crc || wireCrc == Integer.reverseBytes(crc) >>> 16;
  }

  /** The frame's bytes. */
  public static byte[] encode(YkcFrame frame) {
    byte[] bytes = new byte[frame.length()];
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    buf.writerIndex(0);
    encode(frame, buf);
    return bytes;
  }

  /**
   * Writes the frame at the writer index of {@code out}, growing it if needed; {@link
   * YkcFrame#length()} bytes.
   */
  public static void encode(YkcFrame frame, ByteBuf out) {
    YkcMessage message = frame.message();
    int bodyLength = message.bodyLength();
    int len = bodyLength + 4;
    out.ensureWritable(len + 4);
    int start = out.writerIndex();
    out.writeByte(START);
    out.writeByte(len);
    out.writeByte(frame.seq().first());
    out.writeByte(frame.seq().second());
    out.writeByte(0);
    out.writeByte(message.typeCode());
    MessageCodec.encodeBody(message, out);
    int written = out.writerIndex() - start - HEADER_LENGTH;
    if (written != bodyLength) {
      throw new IllegalStateException(
          message.getClass().getSimpleName()
              + " wrote "
              + written
              + " of "
              + bodyLength
              + " bytes");
    }
    int crc = Crc16.compute(out, start + 2, len);
    if (frame.crcOrder() == CrcOrder.LE) {
      out.writeShortLE(crc);
    } else {
      out.writeShort(crc);
    }
  }

  /** Upper-case hex of {@code length} bytes at absolute {@code index}, for diagnostics. */
  public static String hex(ByteBuf buf, int index, int length) {
    return ByteBufUtil.hexDump(buf, index, length).toUpperCase(Locale.ROOT);
  }
}
