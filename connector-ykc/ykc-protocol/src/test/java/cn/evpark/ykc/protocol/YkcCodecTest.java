package cn.evpark.ykc.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.RawFrames;
import cn.evpark.ykc.protocol.message.RawMessage;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class YkcCodecTest {

  private static final String LOGIN_REPLY = "680C000000025503141278230500DA4C";

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  private static YkcDecodeException.Reason reasonOf(byte[] frame) {
    try {
      YkcCodec.decode(frame);
    } catch (YkcDecodeException e) {
      return e.reason();
    }
    throw new AssertionError("decoded");
  }

  @Test
  void decode_swappedCrc_isAcceptedAndFlagged() {
    byte[] swapped = hex("680C000000025503141278230500 4CDA");

    YkcFrame frame = YkcCodec.decode(swapped);

    assertThat(frame.crcOrder()).isEqualTo(CrcOrder.BE);
    assertThat(YkcCodec.encode(frame)).isEqualTo(swapped);
  }

  @Test
  void decode_badCrc_isRefusedWithTheFramesHex() {
    byte[] bad = hex("680C000000025503141278230500DA4D");

    assertThatThrownBy(() -> YkcCodec.decode(bad))
        .isInstanceOfSatisfying(
            YkcDecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CRC_MISMATCH);
              assertThat(e.frameHex()).isEqualTo("680C000000025503141278230500DA4D");
            });
  }

  @Test
  void decode_badStartByte_isRefused() {
    byte[] bytes = hex(LOGIN_REPLY);
    bytes[0] = 0x69;

    assertThat(reasonOf(bytes)).isEqualTo(Reason.BAD_START_BYTE);
  }

  @Test
  void decode_lenBelowFour_isLengthOutOfRange() {
    assertThat(reasonOf(hex("6803000000"))).isEqualTo(Reason.LENGTH_OUT_OF_RANGE);
  }

  @Test
  void decode_trailingBytes_isLengthOutOfRange() {
    assertThat(reasonOf(hex(LOGIN_REPLY + "00"))).isEqualTo(Reason.LENGTH_OUT_OF_RANGE);
  }

  @Test
  void decode_cutShort_isTruncated() {
    assertThat(reasonOf(hex(LOGIN_REPLY.substring(0, 20)))).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void decode_heartbeatWithShortBody_isBodyTooShort() {
    byte[] frame = RawFrames.frame(0x03, hex("55031412782305 01"));

    assertThat(reasonOf(frame)).isEqualTo(Reason.BODY_TOO_SHORT);
  }

  @Test
  void decode_heartbeatWithLongBody_isBodyLengthMismatch() {
    byte[] frame = RawFrames.frame(0x03, hex("55031412782305 01 00 00"));

    assertThat(reasonOf(frame)).isEqualTo(Reason.BODY_LENGTH_MISMATCH);
  }

  @Test
  void decode_pileCodeWithHexNibble_isFieldOutOfRange() {
    byte[] frame = RawFrames.frame(0x03, hex("5503141278230F 01 00"));

    assertThat(reasonOf(frame)).isEqualTo(Reason.FIELD_OUT_OF_RANGE);
  }

  @Test
  void decode_unknownGunHealthCode_isKeptRaw() {
    byte[] frame = RawFrames.frame(0x03, hex("55031412782305 01 07"));

    Heartbeat heartbeat = (Heartbeat) YkcCodec.decode(frame).message();

    assertThat(heartbeat.gunHealth().known()).isEmpty();
    assertThat(heartbeat.gunHealth().raw()).isEqualTo(0x07);
  }

  @Test
  void decode_encryptedFrame_isRefusedAsUnsupported() {
    byte[] frame = RawFrames.frame(0x03, hex("55031412782305 01 00"));
    frame[4] = 1;
    int crc = Crc16.compute(frame, 2, frame.length - 4);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >>> 8);

    assertThat(reasonOf(frame)).isEqualTo(Reason.ENCRYPTED_UNSUPPORTED);
  }

  @Test
  void decode_unknownType_givesRawMessageKeptByteForByte() {
    byte[] frame = RawFrames.frame(0x7E, hex("0102030405"));

    YkcFrame decoded = YkcCodec.decode(frame);

    assertThat(decoded.message()).isEqualTo(new RawMessage(0x7E, Bytes.parseHex("0102030405")));
    assertThat(YkcCodec.encode(decoded)).isEqualTo(frame);
  }

  @Test
  void decode_byteBuf_movesReaderIndexPastOneFrame() {
    ByteBuf buf = Unpooled.wrappedBuffer(hex(LOGIN_REPLY + LOGIN_REPLY));

    YkcCodec.decode(buf);

    assertThat(buf.readerIndex()).isEqualTo(16);
  }

  @Test
  void encode_intoByteBuf_writesAtTheWriterIndex() {
    ByteBuf buf = Unpooled.buffer();
    buf.writeByte(0xAA);
    YkcFrame frame = YkcCodec.decode(hex(LOGIN_REPLY));

    YkcCodec.encode(frame, buf);

    assertThat(YkcCodec.hex(buf, 1, 16)).isEqualTo(LOGIN_REPLY);
  }

  @Test
  void reply_copiesTheRequestsSeqBytesVerbatim() {
    YkcFrame heartbeat =
        new YkcFrame(
            Sequence.parse("71AD"),
            CrcOrder.BE,
            new Heartbeat(
                PileCode.of("32010200000001"),
                1,
                cn.evpark.ykc.protocol.message.Code.of(
                    cn.evpark.ykc.protocol.message.GunHealth.NORMAL)));

    YkcFrame reply =
        heartbeat.reply(
            cn.evpark.ykc.protocol.message.HeartbeatReply.to((Heartbeat) heartbeat.message()));

    assertThat(reply.seq()).isEqualTo(Sequence.parse("71AD"));
    assertThat(reply.crcOrder()).isEqualTo(CrcOrder.LE);
  }

  @Test
  void sequenceNext_countsLittleEndianAndWraps() {
    assertThat(Sequence.parse("FF00").next()).isEqualTo(Sequence.parse("0001"));
    assertThat(Sequence.parse("FFFF").next()).isEqualTo(Sequence.ZERO);
  }

  @Test
  void transactionRecord_zeroTimes_stillDecode() {
    byte[] body = new byte[158];
    body[16] = 0x32;
    body[141] = 0x01;
    byte[] frame = RawFrames.frame(0x3B, body);

    TransactionRecord record = (TransactionRecord) YkcCodec.decode(frame).message();

    assertThat(record.startTime()).isEqualTo(Cp56Time2a.ZERO);
    assertThat(record.startTime().localDateTime()).isEmpty();
  }
}
