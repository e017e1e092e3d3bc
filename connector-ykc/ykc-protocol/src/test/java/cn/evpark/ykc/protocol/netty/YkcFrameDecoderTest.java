package cn.evpark.ykc.protocol.netty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.RawFrames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YkcFrameDecoderTest {

  private static final byte[] LOGIN_REPLY =
      HexFormat.of().parseHex("680C000000025503141278230500DA4C");

  private final List<ByteBuf> written = new ArrayList<>();
  private EmbeddedChannel channel;

  @BeforeAll
  static void paranoidLeakDetection() {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
  }

  @BeforeEach
  void openChannel() {
    channel = new EmbeddedChannel(new YkcFrameDecoder(), new YkcFrameEncoder());
  }

  @AfterEach
  void everyBufferReleased() {
    channel.finishAndReleaseAll();
    assertThat(written).allSatisfy(buf -> assertThat(buf.refCnt()).isZero());
  }

  private static byte[] heartbeat(int seq, int gun, CrcOrder order) {
    return YkcCodec.encode(
        new YkcFrame(
            Sequence.ofLittleEndian(seq),
            order,
            new Heartbeat(PileCode.of("32010200000001"), gun, Code.of(GunHealth.NORMAL))));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private void write(byte[] bytes, int from, int to) {
    ByteBuf buf = Unpooled.directBuffer(to - from).writeBytes(bytes, from, to - from);
    written.add(buf);
    channel.writeInbound(buf);
  }

  private List<Object> readAll() {
    List<Object> out = new ArrayList<>();
    for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
      assertThat(o).isNotInstanceOf(ByteBuf.class);
      out.add(o);
    }
    return out;
  }

  private static List<YkcFrame> decodedOnly(List<Object> out) {
    return out.stream().filter(YkcFrame.class::isInstance).map(YkcFrame.class::cast).toList();
  }

  @Test
  void decode_streamSplitAtEveryByteBoundary_givesEveryFrame() {
    byte[] stream = concat(heartbeat(1, 1, CrcOrder.LE), LOGIN_REPLY, heartbeat(2, 2, CrcOrder.BE));
    List<YkcFrame> expected =
        List.of(
            YkcCodec.decode(heartbeat(1, 1, CrcOrder.LE)),
            YkcCodec.decode(LOGIN_REPLY),
            YkcCodec.decode(heartbeat(2, 2, CrcOrder.BE)));

    for (int split = 1; split < stream.length; split++) {
      write(stream, 0, split);
      write(stream, split, stream.length);

      assertThat(readAll()).as("split at %d", split).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void decode_oneByteAtATime_givesEveryFrame() {
    byte[] stream = concat(LOGIN_REPLY, heartbeat(7, 1, CrcOrder.LE));

    for (int i = 0; i < stream.length; i++) {
      write(stream, i, i + 1);
    }

    assertThat(decodedOnly(readAll())).hasSize(2);
  }

  @Test
  void decode_severalFramesInOneBuffer_givesThemInOrder() {
    byte[] stream = concat(heartbeat(1, 1, CrcOrder.LE), heartbeat(2, 2, CrcOrder.LE), LOGIN_REPLY);

    write(stream, 0, stream.length);

    assertThat(decodedOnly(readAll()))
        .extracting(f -> f.seq().littleEndianValue())
        .containsExactly(1, 2, 0);
  }

  @Test
  void decode_garbageBeforeAFrame_reportsTheGarbageThenDecodesTheFrame() {
    byte[] stream = concat(HexFormat.of().parseHex("00FF1234"), LOGIN_REPLY);

    write(stream, 0, stream.length);

    List<Object> out = readAll();
    assertThat(out).hasSize(2);
    assertThat(out.get(0))
        .isEqualTo(
            new InvalidFrame(Reason.BAD_START_BYTE, "4 bytes before a start byte", "00FF1234"));
    assertThat(out.get(1)).isEqualTo(YkcCodec.decode(LOGIN_REPLY));
  }

  @Test
  void decode_badCrc_isDroppedAndTheNextFrameStillDecodes() {
    byte[] bad = LOGIN_REPLY.clone();
    bad[bad.length - 1] ^= 0x01;
    byte[] stream = concat(bad, heartbeat(3, 1, CrcOrder.LE));

    write(stream, 0, stream.length);

    List<Object> out = readAll();
    assertThat(out).hasSize(2);
    assertThat(((InvalidFrame) out.get(0)).reason()).isEqualTo(Reason.CRC_MISMATCH);
    assertThat(((InvalidFrame) out.get(0)).hex())
        .isEqualTo(HexFormat.of().withUpperCase().formatHex(bad));
    assertThat(((YkcFrame) out.get(1)).message()).isInstanceOf(Heartbeat.class);
  }

  @Test
  void decode_strayStartByteWithLargeLen_doesNotHoldBackTheFollowingFrame() {
    byte[] stream = concat(HexFormat.of().parseHex("68F0"), LOGIN_REPLY);

    write(stream, 0, stream.length);

    List<Object> out = readAll();
    assertThat(out).hasSize(2);
    assertThat(((InvalidFrame) out.get(0)).reason()).isEqualTo(Reason.LENGTH_OUT_OF_RANGE);
    assertThat(out.get(1)).isEqualTo(YkcCodec.decode(LOGIN_REPLY));
  }

  @Test
  void decode_startByteInsideAFrameWithBadCrc_resynchronisesOnIt() {
    byte[] stream = concat(HexFormat.of().parseHex("6810AA"), LOGIN_REPLY);

    write(stream, 0, stream.length);

    assertThat(decodedOnly(readAll())).containsExactly(YkcCodec.decode(LOGIN_REPLY));
  }

  @Test
  void decode_lenBelowFour_dropsTheStartByteAndResynchronises() {
    byte[] stream = concat(HexFormat.of().parseHex("6803"), LOGIN_REPLY);

    write(stream, 0, stream.length);

    List<Object> out = readAll();
    assertThat(((InvalidFrame) out.get(0)).reason()).isEqualTo(Reason.LENGTH_OUT_OF_RANGE);
    assertThat(decodedOnly(out)).containsExactly(YkcCodec.decode(LOGIN_REPLY));
  }

  @Test
  void decode_encryptedFrame_isInvalidAndTheConnectionStaysOpen() {
    byte[] body = HexFormat.of().parseHex("550314127823050100");
    byte[] encrypted = RawFrames.frame(0x03, body);
    encrypted[4] = 1;
    int crc = cn.evpark.ykc.protocol.Crc16.compute(encrypted, 2, encrypted.length - 4);
    encrypted[encrypted.length - 2] = (byte) crc;
    encrypted[encrypted.length - 1] = (byte) (crc >>> 8);
    byte[] stream = concat(encrypted, LOGIN_REPLY);

    write(stream, 0, stream.length);

    List<Object> out = readAll();
    assertThat(((InvalidFrame) out.get(0)).reason()).isEqualTo(Reason.ENCRYPTED_UNSUPPORTED);
    assertThat(out.get(1)).isEqualTo(YkcCodec.decode(LOGIN_REPLY));
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void decode_connectionEndsInsideAFrame_reportsTruncated() {
    write(LOGIN_REPLY, 0, 10);

    channel.finish();

    assertThat(((InvalidFrame) readAll().get(0)).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void encode_frame_writesItsExactBytes() {
    YkcFrame frame =
        YkcFrame.of(Sequence.ZERO, new LoginReply(PileCode.of("55031412782305"), true));

    channel.writeOutbound(frame);

    ByteBuf out = channel.readOutbound();
    try {
      assertThat(ByteBufBytes.of(out)).isEqualTo(LOGIN_REPLY);
    } finally {
      out.release();
    }
  }

  /** Reads a buffer's readable bytes. */
  static final class ByteBufBytes {
    static byte[] of(ByteBuf buf) {
      byte[] bytes = new byte[buf.readableBytes()];
      buf.getBytes(buf.readerIndex(), bytes);
      return bytes;
    }
  }
}
