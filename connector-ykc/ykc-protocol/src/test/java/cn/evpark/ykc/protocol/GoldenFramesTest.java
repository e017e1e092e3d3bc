package cn.evpark.ykc.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.QrPrefix;
import cn.evpark.ykc.protocol.message.QrPrefixKind;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierPrice;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The spec's sample frames whose CRC validates ({@code ykc-protocol.md §2.1, §12}); the samples
 * with placeholder CRCs are not used.
 */
class GoldenFramesTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  @Test
  void decode_loginReplySample_givesPileCodeAndSuccess() {
    byte[] bytes = hex("68 0C 00 00 00 02 55 03 14 12 78 23 05 00 DA 4C");
    YkcFrame expected =
        new YkcFrame(
            Sequence.ZERO, CrcOrder.LE, new LoginReply(PileCode.of("55031412782305"), true));

    assertThat(YkcCodec.decode(bytes)).isEqualTo(expected);
    assertThat(YkcCodec.encode(expected)).isEqualTo(bytes);
  }

  @Test
  void decode_billingModelVerifyReplySample_givesConsistentModel0000() {
    byte[] bytes = hex("68 0E CE 04 00 06 55 03 14 12 78 23 05 00 00 00 8E 2F");
    YkcFrame expected =
        new YkcFrame(
            Sequence.parse("CE04"),
            CrcOrder.LE,
            new BillingModelVerifyReply(
                PileCode.of("55031412782305"), BillingModelNumber.NONE, true));

    assertThat(YkcCodec.decode(bytes)).isEqualTo(expected);
    assertThat(YkcCodec.encode(expected)).isEqualTo(bytes);
  }

  @Test
  void decode_qrPrefixSample_givesPrefixText() {
    String prefix =
        "https://charging.fzcsny.com/code/gunDetail?orgNo=MA38617Y8&id=1860&carScope=1&no=";
    byte[] bytes =
        hex(
            "68 5E 00 06 00 F0 36 10 00 95 12 40 32 01 51"
                + HexFormat.of()
                    .formatHex(prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                + "D8 C9");
    YkcFrame expected =
        new YkcFrame(
            Sequence.parse("0006"),
            CrcOrder.LE,
            new QrPrefix(
                PileCode.of("36100095124032"), QrPrefixKind.PREFIX_ORGANISATION_PILE_CODE, prefix));

    assertThat(YkcCodec.decode(bytes)).isEqualTo(expected);
    assertThat(YkcCodec.encode(expected)).isEqualTo(bytes);
  }

  @Test
  void cp56Time2a_specExample_is20200316171447() {
    Cp56Time2a time = Cp56Time2a.parseHex("98B70E11100314");

    assertThat(time.toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 3, 16, 17, 14, 47));
    assertThat(Cp56Time2a.of(LocalDateTime.of(2020, 3, 16, 17, 14, 47))).isEqualTo(time);
  }

  /**
   * The worked example of §5.8. The document's own 0x0A frame carries a placeholder CRC, so its
   * body bytes are framed with our CRC. The spec reads the service price {@code 9C 40 00 00} as
   * 40000; little-endian, as every BIN field is (§3), it is 0x409C = 16540, i.e. 0.16540 yuan/kWh:
   * the arithmetic wins.
   */
  @Test
  void decode_billingModelWorkedExample_givesTheSpecsPrices() {
    String body =
        "55031412782305 0100 400D0300 9C400000 E0930400 9C400000 801A0600 9C400000"
            + " 20A10700 9C400000 00"
            + "00".repeat(48);
    TierPrice service016540 = new TierPrice(new BigDecimal("2.00000"), new BigDecimal("0.16540"));
    BillingModel expected =
        new BillingModel(
            BillingModelNumber.of("0100"),
            service016540,
            new TierPrice(new BigDecimal("3.00000"), new BigDecimal("0.16540")),
            new TierPrice(new BigDecimal("4.00000"), new BigDecimal("0.16540")),
            new TierPrice(new BigDecimal("5.00000"), new BigDecimal("0.16540")),
            0,
            Collections.nCopies(48, Tier.SHARP));
    byte[] frame = cn.evpark.ykc.protocol.message.RawFrames.frame(0x0A, hex(body));

    BillingModelReply reply = (BillingModelReply) YkcCodec.decode(frame).message();

    assertThat(reply).isEqualTo(new BillingModelReply(PileCode.of("55031412782305"), expected));
    assertThat(YkcCodec.encode(YkcFrame.of(Sequence.ZERO, reply))).isEqualTo(frame);
    assertThat(reply.model().tierAt(java.time.LocalTime.of(17, 45))).isEqualTo(Tier.SHARP);
  }

  @Test
  void crc16_checkValue_is4B37() {
    byte[] ascii = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(Crc16.compute(ascii, 0, ascii.length)).isEqualTo(0x4B37);
  }
}
