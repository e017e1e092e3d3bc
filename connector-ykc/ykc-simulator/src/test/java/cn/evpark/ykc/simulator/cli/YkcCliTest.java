package cn.evpark.ykc.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.ChargingHandshake;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.HolsterState;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class YkcCliTest {

  private static final String LOGIN_REPLY = "68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4C";

  private record Run(int status, String out, String err) {}

  private static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        YkcCli.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args);
    return new Run(status, out.toString(), err.toString());
  }

  private static String spaced(byte[] frame) {
    return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(frame);
  }

  @Test
  void decode_loginReplyHex_printsTheExpectedJson() throws Exception {
    Run run = run("", "decode", LOGIN_REPLY);

    assertThat(run.status()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"type\":\"0x02\",\"name\":\"LoginReply\",\"nameZh\":\"登录认证应答\","
                        + "\"seq\":\"0000\",\"crcOrder\":\"LE\","
                        + "\"fields\":{\"pileCode\":\"55031412782305\",\"accepted\":true}}"));
  }

  @Test
  void decode_transactionRecord_printsFieldsInRealUnits() throws Exception {
    byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.parse("0A00"), transactionRecord()));

    Run run = run("", "decode", spaced(frame));

    JsonNode fields = new ObjectMapper().readTree(run.out()).get("fields");
    assertThat(fields.get("pileCode").asText()).isEqualTo("32010200000001");
    assertThat(fields.get("totalEnergy").decimalValue()).isEqualByComparingTo("12.3456");
    assertThat(fields.get("totalEnergy").toString()).isEqualTo("12.3456");
    assertThat(run.out()).contains("\"unitPrice\":1.20000", "\"meterStart\":1000.0000");
    assertThat(fields.get("startTime").asText()).isEqualTo("2025-06-01 08:00:00.000");
    assertThat(fields.get("stopReason").get("code").asText()).isEqualTo("0x40");
    assertThat(fields.get("transactionType").asText()).isEqualTo("APP");
  }

  @Test
  void decode_transactionTypeOutsideTheTable_showsTheRawByteAndEncodesBack() throws Exception {
    // pile-edge issue, item 1: a vendor's 0x3B with transaction flag 0x03 (body byte 141, §7.7)
    byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.parse("0A00"), transactionRecord()));
    frame[6 + 141] = 0x03;
    String hex = spaced(fixCrc(frame));

    Run decoded = run("", "decode", hex);
    Run encoded = run(decoded.out(), "encode");

    assertThat(decoded.status()).isZero();
    JsonNode fields = new ObjectMapper().readTree(decoded.out()).get("fields");
    assertThat(fields.get("transactionType"))
        .isEqualTo(new ObjectMapper().readTree("{\"unknown\":\"03\"}"));
    assertThat(fields.get("totalEnergy").toString()).isEqualTo("12.3456");
    assertThat(encoded.out().strip()).isEqualTo(hex);
  }

  @Test
  void decode_flags_areBooleans_orTheRawByteOutsideZeroAndOne() throws Exception {
    byte[] frame = YkcCodec.encode(YkcFrame.of(Sequence.ZERO, realTimeData()));
    String plugged = spaced(frame);
    frame[6 + 26] = 0x02; // the plugged flag, body byte 26 of 0x13 (ykc-protocol.md §6.2)
    String two = spaced(fixCrc(frame));

    JsonNode pluggedFields =
        new ObjectMapper().readTree(run("", "decode", plugged).out()).get("fields");
    Run decoded = run("", "decode", two);

    assertThat(pluggedFields.get("pluggedFlag").isBoolean()).isTrue();
    assertThat(pluggedFields.get("pluggedFlag").booleanValue()).isTrue();
    assertThat(new ObjectMapper().readTree(decoded.out()).get("fields").get("pluggedFlag"))
        .isEqualTo(new ObjectMapper().readTree("{\"unknown\":\"02\"}"));
    assertThat(run(decoded.out(), "encode").out().strip()).isEqualTo(two);
  }

  @Test
  void encode_ofDecodeOutput_reproducesTheBytes() {
    List<byte[]> frames =
        List.of(
            HexFormat.of().parseHex(LOGIN_REPLY.replace(" ", "")),
            YkcCodec.encode(new YkcFrame(Sequence.parse("71AD"), CrcOrder.BE, transactionRecord())),
            YkcCodec.encode(YkcFrame.of(Sequence.ZERO, realTimeData())),
            YkcCodec.encode(
                YkcFrame.of(
                    Sequence.ZERO,
                    new ChargingHandshake(
                        TransactionSerial.NONE,
                        PileCode.of("32010200000001"),
                        1,
                        cn.evpark.ykc.protocol.Bytes.parseHex("11".repeat(49))))),
            HexFormat.of().parseHex("68090000007E0102030405" + "0000"));
    StringBuilder hexLines = new StringBuilder();
    for (byte[] frame : frames) {
      hexLines.append(spaced(fixCrc(frame))).append('\n');
    }

    Run decoded = run(hexLines.toString(), "decode");
    Run encoded = run(decoded.out(), "encode");

    assertThat(decoded.status()).isZero();
    assertThat(encoded.status()).isZero();
    assertThat(encoded.out()).isEqualTo(hexLines.toString().replace("\n", System.lineSeparator()));
  }

  @Test
  void decode_v17TransactionRecord_showsTheBillAndTheMeterPartAndEncodesBack() throws Exception {
    // JCPP's 0x3D sample: sanbing-java/JCPP, jcpp-protocol-yunkuaichong/READMD.md
    String jcpp =
        "68cd8001003d55031412782305012018061910262392202312120000100198b70e1110031498b70e"
            + "111003140100000000008b778bec241e05e4e7e18403a6f28c05edf6b18d5afa8da73be8fd605510"
            + "cef3860c000000d0fb0100000000000000000000000000d0fb0100000000000000000000000000d0"
            + "fb0100000000000000000000000000d0fb0100000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000298b70e111003140000"
            + "000000d14b0a540a90";

    Run decoded = run("", "decode", jcpp);
    Run encoded = run(decoded.out(), "encode");

    assertThat(decoded.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(decoded.out());
    assertThat(json.get("type").asText()).isEqualTo("0x3D");
    assertThat(json.get("name").asText()).isEqualTo("TransactionRecordV17");
    JsonNode fields = json.get("fields");
    assertThat(fields.get("bill").get("pileCode").asText()).isEqualTo("20231212000010");
    assertThat(fields.get("bill").get("transactionType").asText()).isEqualTo("CARD");
    assertThat(fields.get("meter").get("meterNumber").asText()).isEqualTo("010000000000");
    assertThat(encoded.status()).isZero();
    assertThat(encoded.out().strip().replace(" ", "")).isEqualToIgnoringCase(jcpp);
  }

  @Test
  void simulate_protocolTheSimulatorDoesNotSpeak_isRefused() {
    Run run = run("", "simulate", "--protocol", "1.8", "--duration", "0");

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("--protocol must be one of 1.5, 1.6, 1.7");
  }

  @Test
  void decode_badFrame_exitsWith2AndOneStderrLinePerBadFrame() {
    String badCrc = "68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4D";

    Run run = run(LOGIN_REPLY + "\n" + badCrc + "\nnot hex\n", "decode");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err().lines())
        .hasSize(2)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("line 2: CRC_MISMATCH");
              assertThat(lines.get(1)).startsWith("line 3: NOT_HEX");
            });
  }

  @Test
  void encode_invalidObject_exitsWith2() {
    Run run = run("{\"type\":\"0x03\",\"fields\":{\"pileCode\":\"12\"}}\n", "encode");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("line 1: ");
  }

  /** Frames built by hand above carry a zero CRC; the codec's CRC replaces it. */
  private static byte[] fixCrc(byte[] frame) {
    int len = frame[1] & 0xFF;
    int crc = cn.evpark.ykc.protocol.Crc16.compute(frame, 2, len);
    if ((frame[len + 2] & 0xFF | (frame[len + 3] & 0xFF) << 8) == crc
        || (frame[len + 3] & 0xFF | (frame[len + 2] & 0xFF) << 8) == crc) {
      return frame;
    }
    frame[len + 2] = (byte) crc;
    frame[len + 3] = (byte) (crc >>> 8);
    return frame;
  }

  private static TransactionRecord transactionRecord() {
    TierUsage flat =
        new TierUsage(
            new BigDecimal("1.20000"),
            new BigDecimal("12.3456"),
            new BigDecimal("12.3456"),
            new BigDecimal("14.8147"));
    return new TransactionRecord(
        TransactionSerial.of("32010200000001012506010800000001"),
        PileCode.of("32010200000001"),
        1,
        Cp56Time2a.of(LocalDateTime.of(2025, 6, 1, 8, 0)),
        Cp56Time2a.of(LocalDateTime.of(2025, 6, 1, 9, 0)),
        TierUsage.NONE,
        TierUsage.NONE,
        flat,
        TierUsage.NONE,
        new BigDecimal("1000.0000"),
        new BigDecimal("1012.3456"),
        new BigDecimal("12.3456"),
        new BigDecimal("12.3456"),
        new BigDecimal("14.8147"),
        "",
        Code.of(TransactionType.APP),
        Cp56Time2a.of(LocalDateTime.of(2025, 6, 1, 9, 0, 1)),
        StopReason.REMOTE_STOP,
        PhysicalCardNumber.NONE);
  }

  private static RealTimeData realTimeData() {
    return new RealTimeData(
        TransactionSerial.of("32010200000001012506010800000001"),
        PileCode.of("32010200000001"),
        1,
        Code.of(GunStatus.CHARGING),
        Code.of(HolsterState.OUT),
        true,
        new BigDecimal("380.5"),
        new BigDecimal("62.0"),
        35,
        0,
        57,
        30,
        12,
        40,
        new BigDecimal("3.2100"),
        new BigDecimal("3.2100"),
        new BigDecimal("3.8520"),
        0x1001);
  }
}
