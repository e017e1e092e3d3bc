package cn.evpark.ykc.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.protocol.Crc16;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcFrame;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code field of every uplink message takes a value outside its table: the frame decodes, the
 * field is unknown with its raw byte, {@link UnknownCode#in} names it and the frame re-encodes to
 * the same bytes (pile-edge issue, item 1: liberal in what a pile sends).
 */
class UplinkCodesTest {

  /** Frame type, component, table: each enumerated field of a pile → platform message. */
  static Stream<Arguments> uplinkCodeFields() {
    return Stream.of(
        Arguments.of(FrameType.LOGIN, "pileType", PileType.class),
        Arguments.of(FrameType.LOGIN, "networkType", NetworkType.class),
        Arguments.of(FrameType.LOGIN, "protocolVersion", ProtocolVersion.class),
        Arguments.of(FrameType.HEARTBEAT, "gunHealth", GunHealth.class),
        Arguments.of(FrameType.REAL_TIME_DATA, "status", GunStatus.class),
        Arguments.of(FrameType.REAL_TIME_DATA, "holster", HolsterState.class),
        Arguments.of(FrameType.CARD_START_REQUEST, "startMethod", StartMethod.class),
        Arguments.of(FrameType.REMOTE_START_RESULT, "failureReason", StartFailureReason.class),
        Arguments.of(FrameType.REMOTE_STOP_RESULT, "failureReason", StopFailureReason.class),
        Arguments.of(FrameType.TRANSACTION_RECORD, "transactionType", TransactionType.class),
        Arguments.of(FrameType.BALANCE_UPDATE_REPLY, "result", BalanceUpdateResult.class),
        Arguments.of(FrameType.OFFLINE_CARD_SYNC_REPLY, "failureReason", CardSyncFailure.class),
        Arguments.of(FrameType.GROUND_LOCK_STATUS, "lockState", LockState.class),
        Arguments.of(FrameType.GROUND_LOCK_STATUS, "parkingSpace", ParkingSpaceState.class),
        Arguments.of(FrameType.GROUND_LOCK_STATUS, "alarm", LockAlarm.class),
        Arguments.of(FrameType.REMOTE_UPDATE_REPLY, "status", UpdateStatus.class),
        Arguments.of(FrameType.PARALLEL_START_REQUEST, "startMethod", StartMethod.class),
        Arguments.of(FrameType.PARALLEL_START_REQUEST, "role", GunRole.class),
        Arguments.of(
            FrameType.PARALLEL_REMOTE_START_RESULT, "failureReason", StartFailureReason.class),
        Arguments.of(FrameType.PARALLEL_REMOTE_START_RESULT, "role", GunRole.class),
        // one-byte flags: 0x00/0x01 by the spec
        Arguments.of(FrameType.REAL_TIME_DATA, "pluggedFlag", Flag.class),
        Arguments.of(FrameType.CARD_START_REQUEST, "passwordRequiredFlag", Flag.class),
        Arguments.of(FrameType.REMOTE_START_RESULT, "successFlag", Flag.class),
        Arguments.of(FrameType.REMOTE_STOP_RESULT, "successFlag", Flag.class),
        Arguments.of(FrameType.OFFLINE_CARD_SYNC_REPLY, "successFlag", Flag.class),
        Arguments.of(FrameType.WORK_PARAMETERS_REPLY, "successFlag", Flag.class),
        Arguments.of(FrameType.BILLING_MODEL_SET_REPLY, "successFlag", Flag.class),
        Arguments.of(FrameType.GROUND_LOCK_RESULT, "successFlag", Flag.class),
        Arguments.of(FrameType.REMOTE_REBOOT_REPLY, "successFlag", Flag.class),
        Arguments.of(FrameType.PARALLEL_START_REQUEST, "passwordRequiredFlag", Flag.class),
        Arguments.of(FrameType.PARALLEL_REMOTE_START_RESULT, "successFlag", Flag.class),
        Arguments.of(FrameType.QR_PREFIX_REPLY, "successFlag", Flag.class));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("uplinkCodeFields")
  <E extends Enum<E> & Coded> void decode_codeOutsideTheTable_keepsTheRawByte(
      FrameType type, String field, Class<E> table) throws ReflectiveOperationException {
    for (int raw : outsideTheTable(table)) {
      YkcMessage sent =
          with(new RandomMessages(new Random(raw)).of(type), field, Code.of(table, raw));
      byte[] bytes = YkcCodec.encode(new YkcFrame(Sequence.ofLittleEndian(1), CrcOrder.LE, sent));

      YkcFrame decoded = YkcCodec.decode(bytes);

      Code<?> code = component(decoded.message(), field);
      assertThat(code.isKnown()).isFalse();
      assertThat(code.raw()).isEqualTo(raw);
      assertThat(code.table()).isEqualTo(table);
      // The random base message may carry unknown values in its other code fields too.
      assertThat(UnknownCode.in(decoded.message()))
          .filteredOn(unknown -> unknown.field().equals(name(sent, field)))
          .containsExactly(new UnknownCode(name(sent, field), raw));
      assertThat(YkcCodec.encode(decoded)).isEqualTo(bytes);
    }
  }

  @Test
  void uplinkCodeFields_coverEveryCodeFieldOfEveryUplinkMessage() {
    Stream<String> topLevel =
        uplinkCodeFields().map(Arguments::get).map(a -> name((FrameType) a[0]) + "." + a[1]);
    Stream<String> others =
        Stream.of(
            "OfflineCardClearReply.cards.clearedFlag",
            "OfflineCardQueryReply.cards.presentFlag",
            "TransactionRecord.stopReason",
            "TransactionRecordV17.bill.transactionType",
            "TransactionRecordV17.bill.stopReason");

    assertThat(Stream.concat(topLevel, others).toList())
        .containsExactlyInAnyOrderElementsOf(UnknownCode.fields());
  }

  @Test
  void decode_perCardFlagOutsideZeroAndOne_keepsTheRawByteAndReadsFalse() {
    PhysicalCardNumber card = PhysicalCardNumber.NONE;
    Code<Flag> two = Code.of(Flag.class, 0x02);
    OfflineCardClearReply clear =
        new OfflineCardClearReply(
            PileCode.of("32010200000001"), List.of(new ClearedCard(card, two, 0)));
    OfflineCardQueryReply query =
        new OfflineCardQueryReply(
            PileCode.of("32010200000001"), List.of(new CardPresence(card, two)));

    OfflineCardClearReply clearDecoded = (OfflineCardClearReply) roundTrip(clear);
    OfflineCardQueryReply queryDecoded = (OfflineCardQueryReply) roundTrip(query);

    assertThat(clearDecoded.cards().get(0).clearedFlag()).isEqualTo(two);
    assertThat(clearDecoded.cards().get(0).cleared()).isFalse();
    assertThat(queryDecoded.cards().get(0).present()).isFalse();
    assertThat(UnknownCode.in(clearDecoded))
        .containsExactly(new UnknownCode("OfflineCardClearReply.cards.clearedFlag", 0x02));
    assertThat(UnknownCode.in(queryDecoded))
        .containsExactly(new UnknownCode("OfflineCardQueryReply.cards.presentFlag", 0x02));
  }

  @Test
  void unknownCodes_ofAStopReasonOutsideTheTable_nameIt_andNotAListedOne() throws Exception {
    YkcMessage vendors =
        with(
            with(
                new RandomMessages(new Random(5)).of(FrameType.TRANSACTION_RECORD),
                "transactionType",
                Code.of(TransactionType.APP)),
            "stopReason",
            new StopReason(0x01));
    YkcMessage listed = with(vendors, "stopReason", StopReason.SOC_FULL);

    assertThat(UnknownCode.in(roundTrip(vendors)))
        .containsExactly(new UnknownCode("TransactionRecord.stopReason", 0x01));
    assertThat(UnknownCode.in(roundTrip(listed))).isEmpty();
  }

  @Test
  void flagOutsideZeroAndOne_readsFalse_soAStartIsNotTakenAsSuccess() {
    RemoteStartResult two =
        (RemoteStartResult)
            roundTrip(
                new RemoteStartResult(
                    cn.evpark.ykc.protocol.TransactionSerial.of(
                        "3201020000000101" + "0".repeat(16)),
                    PileCode.of("32010200000001"),
                    1,
                    Code.of(Flag.class, 0x02),
                    Code.of(StartFailureReason.NONE)));

    assertThat(two.success()).isFalse();
    assertThat(two.successFlag().raw()).isEqualTo(0x02);
  }

  private static YkcMessage roundTrip(YkcMessage message) {
    byte[] bytes = YkcCodec.encode(new YkcFrame(Sequence.ofLittleEndian(1), CrcOrder.LE, message));
    YkcMessage decoded = YkcCodec.decode(bytes).message();
    assertThat(YkcCodec.encode(YkcCodec.decode(bytes))).isEqualTo(bytes);
    return decoded;
  }

  @Test
  void decode_transactionRecordWithTypeThree_isDecodedWithTheTypeUnknown() throws Exception {
    // A vendor's 0x3B whose transaction flag (body byte 141, ykc-protocol.md §7.7) is 0x03.
    YkcMessage app =
        with(
            new RandomMessages(new Random(3)).of(FrameType.TRANSACTION_RECORD),
            "transactionType",
            Code.of(TransactionType.APP));
    byte[] frame = YkcCodec.encode(new YkcFrame(Sequence.ofLittleEndian(0), CrcOrder.LE, app));
    assertThat(frame[6 + 141]).isEqualTo((byte) 0x01);
    frame[6 + 141] = 0x03;
    int crc = Crc16.compute(frame, 2, frame.length - 4);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >>> 8);

    TransactionRecord record = (TransactionRecord) YkcCodec.decode(frame).message();

    assertThat(record.transactionType()).isEqualTo(Code.of(TransactionType.class, 0x03));
    assertThat(record.transactionType().hex()).isEqualTo("03");
    assertThat(record.transactionSerial()).isEqualTo(((TransactionRecord) app).transactionSerial());
  }

  @Test
  void decode_downlinkCodeOutsideTheTable_isStillFieldOutOfRange() {
    // 0x40 is the platform's own answer: a value outside its table is no vendor's liberty.
    byte[] frame =
        RawFrames.frame(
            0x40, java.util.HexFormat.of().parseHex("32010200000001012511281200000001" + "07"));

    assertThatThrownBy(() -> YkcCodec.decode(frame))
        .isInstanceOfSatisfying(
            YkcDecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(YkcDecodeException.Reason.FIELD_OUT_OF_RANGE));
  }

  @Test
  void code_ofAListedByte_isTheConstant() {
    assertThat(Code.of(TransactionType.class, 0x01)).isEqualTo(Code.of(TransactionType.APP));
    assertThat(Code.of(TransactionType.class, 0x01).is(TransactionType.APP)).isTrue();
    assertThat(Code.of(TransactionType.class, 0x03).is(TransactionType.APP)).isFalse();
    assertThat(Code.of(TransactionType.class, 0x03).known()).isEmpty();
  }

  /** The lowest and highest bytes the table lacks. */
  private static <E extends Enum<E> & Coded> int[] outsideTheTable(Class<E> table) {
    int[] unlisted =
        IntStream.range(0, 256)
            .filter(raw -> Arrays.stream(table.getEnumConstants()).noneMatch(c -> c.code() == raw))
            .toArray();
    return new int[] {unlisted[0], unlisted[unlisted.length - 1]};
  }

  private static String name(FrameType type) {
    return new RandomMessages(new Random(0)).of(type).getClass().getSimpleName();
  }

  private static String name(YkcMessage message, String field) {
    return message.getClass().getSimpleName() + "." + field;
  }

  private static Code<?> component(YkcMessage message, String field)
      throws ReflectiveOperationException {
    return (Code<?>) message.getClass().getMethod(field).invoke(message);
  }

  /** {@code message} with component {@code field} replaced by {@code value}. */
  private static YkcMessage with(YkcMessage message, String field, Object value)
      throws ReflectiveOperationException {
    RecordComponent[] components = message.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          components[i].getName().equals(field)
              ? value
              : components[i].getAccessor().invoke(message);
    }
    Constructor<?> canonical = message.getClass().getDeclaredConstructor(types);
    return (YkcMessage) canonical.newInstance(values);
  }
}
