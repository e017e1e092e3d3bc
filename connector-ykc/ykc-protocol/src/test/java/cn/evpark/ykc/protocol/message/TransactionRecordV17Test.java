package cn.evpark.ykc.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.Crc16;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcFrame;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * V1.7's transaction record (0x3D) and login, against public 1.7 frames and by round trips ({@code
 * docs/ykc-versions.md}).
 *
 * <p>Sources: the 0x3D frame is the sample of {@code sanbing-java/JCPP}, {@code
 * jcpp-protocol-yunkuaichong/READMD.md} ("0x3D 上行交易记录（≥云快充1.7)", CRC-valid, low byte first); the
 * field order is that of JCPP's {@code
 * jcpp-protocol-yunkuaichong/src/main/java/sanbing/jcpp/protocol/yunkuaichong/v170/cmd/YunKuaiChongV170TransactionRecordULCmd.java},
 * agreeing with {@code OoxdD/ev-charger-protocol-agent} {@code evcpa/protocols/ykc.py} ({@code
 * _p_trade_record}) and the {@code com.lambda.cloud.ykc.message.v17} classes ({@code
 * YkcV17TransactionRecordRequestDetail}, repository not resolvable).
 */
class TransactionRecordV17Test {

  /** JCPP's 0x3D sample (READMD.md), SEQ 80 01. */
  static final String JCPP_0X3D =
      "68cd8001003d55031412782305012018061910262392202312120000100198b70e1110031498b70e"
          + "111003140100000000008b778bec241e05e4e7e18403a6f28c05edf6b18d5afa8da73be8fd605510"
          + "cef3860c000000d0fb0100000000000000000000000000d0fb0100000000000000000000000000d0"
          + "fb0100000000000000000000000000d0fb0100000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000298b70e111003140000"
          + "000000d14b0a540a90";

  private static final Cp56Time2a SAMPLE_TIME =
      Cp56Time2a.of(LocalDateTime.of(2020, 3, 16, 17, 14, 47));

  @Test
  void decode_jcppSample_givesTheBillAndTheMeterPart() {
    byte[] bytes = HexFormat.of().parseHex(JCPP_0X3D);

    YkcFrame frame = YkcCodec.decode(bytes);

    assertThat(frame.seq()).isEqualTo(Sequence.parse("8001"));
    assertThat(frame.crcOrder()).isEqualTo(CrcOrder.LE);
    TransactionRecordV17 record = (TransactionRecordV17) frame.message();
    assertThat(record.type()).isEqualTo(FrameType.TRANSACTION_RECORD_V17);
    TransactionRecord bill = record.bill();
    assertThat(bill.transactionSerial())
        .isEqualTo(TransactionSerial.of("55031412782305012018061910262392"));
    assertThat(bill.pileCode()).isEqualTo(PileCode.of("20231212000010"));
    assertThat(record.pileCode()).isEqualTo(bill.pileCode());
    assertThat(record.gun()).isEqualTo(1);
    assertThat(bill.startTime()).isEqualTo(SAMPLE_TIME);
    assertThat(bill.endTime()).isEqualTo(SAMPLE_TIME);
    assertThat(record.meter().meterNumber()).isEqualTo("010000000000");
    assertThat(record.meter().ciphertext().hex())
        .isEqualToIgnoringCase(
            "8b778bec241e05e4e7e18403a6f28c05edf6b18d5afa8da73be8fd605510cef3860c");
    assertThat(record.meter().meterProtocolVersion()).isZero();
    assertThat(record.meter().encryptionMethod()).isZero();
    for (Tier tier : Tier.values()) {
      assertThat(bill.usage(tier).unitPrice()).isEqualTo(new BigDecimal("1.30000"));
      assertThat(bill.usage(tier).energy()).isEqualByComparingTo(BigDecimal.ZERO);
    }
    assertThat(bill.totalEnergy()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(bill.totalAmount()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(bill.transactionType()).isEqualTo(Code.of(TransactionType.CARD));
    assertThat(bill.transactionTime()).isEqualTo(SAMPLE_TIME);
    assertThat(bill.physicalCard()).isEqualTo(new PhysicalCardNumber("00000000D14B0A54"));
    assertThat(YkcCodec.encode(frame)).isEqualTo(bytes);
  }

  @Test
  void unknownCodes_ofTheJcppSample_nameItsStopReasonZero() {
    // The sample's stop reason is 0x00, outside the table (ykc-protocol.md §10.2): kept, named.
    YkcMessage record = YkcCodec.decode(HexFormat.of().parseHex(JCPP_0X3D)).message();

    assertThat(UnknownCode.in(record))
        .containsExactly(new UnknownCode("TransactionRecordV17.bill.stopReason", 0x00));
  }

  @Test
  void decode_transactionTypeOutsideTheTable_keepsTheRawByte() {
    byte[] frame = HexFormat.of().parseHex(JCPP_0X3D);
    int flag = 6 + 43 + 141; // 0x3B's byte 141, moved by the meter's 43 bytes
    assertThat(frame[flag]).isEqualTo((byte) 0x02);
    frame[flag] = 0x03;
    int crc = Crc16.compute(frame, 2, frame.length - 4);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >>> 8);

    TransactionRecordV17 record = (TransactionRecordV17) YkcCodec.decode(frame).message();

    assertThat(record.bill().transactionType()).isEqualTo(Code.of(TransactionType.class, 0x03));
    assertThat(UnknownCode.in(record))
        .contains(new UnknownCode("TransactionRecordV17.bill.transactionType", 0x03));
    assertThat(YkcCodec.encode(YkcCodec.decode(frame))).isEqualTo(frame);
  }

  @Test
  void decode_0x3dOfThe0x3bLength_isABodyLengthMismatch() {
    byte[] body = new byte[FrameType.TRANSACTION_RECORD.minBodyLength()];

    YkcDecodeException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> YkcCodec.decode(cn.evpark.ykc.protocol.message.RawFrames.frame(0x3D, body)),
            YkcDecodeException.class);

    assertThat(refused.reason()).isEqualTo(YkcDecodeException.Reason.BODY_TOO_SHORT);
  }

  @Test
  void encode_meterNone_isFortyThreeZeroBytesAfterTheEndTime() {
    TransactionRecord bill =
        (TransactionRecord) new RandomMessages(new Random(17)).of(FrameType.TRANSACTION_RECORD);
    byte[] v15 = YkcCodec.encode(new YkcFrame(Sequence.ZERO, CrcOrder.LE, bill));
    byte[] v17 =
        YkcCodec.encode(
            new YkcFrame(
                Sequence.ZERO, CrcOrder.LE, new TransactionRecordV17(bill, MeterReport.NONE)));

    assertThat(v17).hasSize(v15.length + MeterReport.LENGTH);
    assertThat(java.util.Arrays.copyOfRange(v17, 6 + 38, 6 + 38 + MeterReport.LENGTH))
        .containsOnly((byte) 0);
    assertThat(java.util.Arrays.copyOfRange(v17, 6 + 38 + MeterReport.LENGTH, v17.length - 2))
        .isEqualTo(java.util.Arrays.copyOfRange(v15, 6 + 38, v15.length - 2));
  }

  @Property(tries = 2000)
  void decode_encodedV17Record_givesTheSameRecord(@ForAll long seed) {
    RandomMessages random = new RandomMessages(new Random(seed));
    YkcFrame frame =
        new YkcFrame(
            Sequence.ofLittleEndian((int) (seed & 0xFFFF)),
            CrcOrder.LE,
            new TransactionRecordV17(random.transactionRecord(), random.meter()));

    byte[] bytes = YkcCodec.encode(frame);

    assertThat(bytes).hasSize(201 + 8);
    assertThat(YkcCodec.decode(bytes)).isEqualTo(frame);
  }

  @Property(tries = 500)
  void decode_encodedLoginOfAnyVersion_givesTheSameVersion(@ForAll("versionBytes") int version) {
    Login login =
        new Login(
            PileCode.of("20231212000010"),
            Code.of(PileType.DC),
            2,
            Code.of(ProtocolVersion.class, version),
            "V1.7",
            Code.of(NetworkType.LAN),
            "0".repeat(20),
            0);

    Login decoded =
        (Login)
            YkcCodec.decode(YkcCodec.encode(new YkcFrame(Sequence.ZERO, CrcOrder.LE, login)))
                .message();

    assertThat(decoded).isEqualTo(login);
    assertThat(decoded.protocolVersion().is(ProtocolVersion.V1_7)).isEqualTo(version == 0x11);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> versionBytes() {
    return net.jqwik.api.Arbitraries.integers().between(0, 255);
  }

  @Test
  void label_ofAVersionTheTableLacks_readsAsVersionTimesTen() {
    assertThat(ProtocolVersion.label(Code.of(ProtocolVersion.V1_7))).isEqualTo("1.7");
    assertThat(ProtocolVersion.label(Code.of(ProtocolVersion.class, 0x12))).isEqualTo("1.8");
    assertThat(ProtocolVersion.label(Code.of(ProtocolVersion.class, 0x0A))).isEqualTo("1.0");
  }

  @Test
  void meterReport_ofAWrongCiphertextLength_isRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new MeterReport("000000000000", Bytes.zeros(33), 0, 0));
  }
}
