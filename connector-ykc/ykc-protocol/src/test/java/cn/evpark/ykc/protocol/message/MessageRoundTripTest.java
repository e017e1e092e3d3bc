package cn.evpark.ykc.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcFrame;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** decode(encode(m)) == m and encode(decode(bytes)) == bytes, for every frame type. */
class MessageRoundTripTest {

  @Provide
  Arbitrary<YkcFrame> frames() {
    Arbitrary<FrameType> types = Arbitraries.of(FrameType.values());
    Arbitrary<Long> seeds = Arbitraries.longs();
    return Combinators.combine(
            types, seeds, Arbitraries.integers().between(0, 0xFFFF), Arbitraries.of(CrcOrder.class))
        .as(
            (type, seed, seq, order) ->
                new YkcFrame(
                    Sequence.ofLittleEndian(seq),
                    order,
                    new RandomMessages(new Random(seed)).of(type)));
  }

  @Property(tries = 5000)
  void decode_encodedFrame_givesTheSameFrame(@ForAll("frames") YkcFrame frame) {
    byte[] bytes = YkcCodec.encode(frame);
    boolean palindromicCrc = bytes[bytes.length - 1] == bytes[bytes.length - 2];

    YkcFrame decoded = YkcCodec.decode(bytes);

    assertThat(decoded)
        .isEqualTo(
            palindromicCrc ? new YkcFrame(frame.seq(), CrcOrder.LE, frame.message()) : frame);
  }

  @Property(tries = 5000)
  void encode_decodedBytes_givesTheSameBytes(@ForAll("frames") YkcFrame frame) {
    byte[] bytes = YkcCodec.encode(frame);

    assertThat(YkcCodec.encode(YkcCodec.decode(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 2000)
  void decode_randomBodyOfAKnownType_isRefusedOrReEncodesToTheSameBytes(
      @ForAll("knownTypes") FrameType type, @ForAll Random random) {
    int length =
        type.minBodyLength() + random.nextInt(type.maxBodyLength() - type.minBodyLength() + 1);
    byte[] body = new byte[length];
    random.nextBytes(body);
    byte[] frame = RawFrames.frame(type.code(), body);

    YkcFrame decoded;
    try {
      decoded = YkcCodec.decode(frame);
    } catch (YkcDecodeException e) {
      assertThat(e.reason())
          .isIn(
              YkcDecodeException.Reason.FIELD_OUT_OF_RANGE,
              YkcDecodeException.Reason.BODY_LENGTH_MISMATCH);
      return;
    }
    assertThat(YkcCodec.encode(decoded)).isEqualTo(frame);
  }

  @Provide
  Arbitrary<FrameType> knownTypes() {
    return Arbitraries.of(RandomMessages.knownTypes());
  }

  @Test
  void randomMessages_coverEveryFrameTypeAndRaw() {
    RandomMessages messages = new RandomMessages(new Random(1));
    for (FrameType type : FrameType.values()) {
      YkcMessage message = messages.of(type);
      assertThat(message.type()).isEqualTo(type);
      assertThat(type == FrameType.UNKNOWN || message.typeCode() == type.code()).isTrue();
    }
    assertThat(Arrays.stream(FrameType.values()).filter(t -> t != FrameType.UNKNOWN).count())
        .isEqualTo(54);
  }
}
