package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BillingModelMappingTest {

  /**
   * The body of 0x0A for the manual's example standard (ykc-protocol.md §5.8): pile, model 0001, 尖
   * 1.00000/0.80000, 峰 0.90000/0.50000, 平 0.80000/0.40000, 谷 0.50000/0.30000 (yuan/kWh × 10⁵, 4
   * bytes LE), loss ratio 0, then 20 slots 平 (02, 00:00–10:00), 14 峰 (01), 10 尖 (00), 4 谷 (03).
   */
  static final String MANUAL_EXAMPLE_BODY =
      "32010200000001"
          + "0001"
          + "A0860100"
          + "80380100"
          + "905F0100"
          + "50C30000"
          + "80380100"
          + "409C0000"
          + "50C30000"
          + "30750000"
          + "00"
          + "02".repeat(20)
          + "01".repeat(14)
          + "00".repeat(10)
          + "03".repeat(4);

  @Test
  void manualExample_isTheExpectedBytes() {
    BillingModel model =
        BillingModelMapping.toModel(Standards.manualExample(), BillingModelNumber.of("0001"));

    byte[] frame =
        YkcCodec.encode(
            YkcFrame.of(
                Sequence.ZERO, new BillingModelReply(PileCode.of("32010200000001"), model)));
    byte[] body = Arrays.copyOfRange(frame, YkcCodec.HEADER_LENGTH, frame.length - 2);

    assertThat(HexFormat.of().withUpperCase().formatHex(body)).isEqualTo(MANUAL_EXAMPLE_BODY);
  }

  @Test
  void unusedTiers_areSentAtPriceZero() {
    BillingModel model =
        BillingModelMapping.toModel(
            FeeSchedule.of(java.util.List.of(SegmentInput.of("平", "00:00", "1.2", "0.3"))),
            BillingModelNumber.of("0002"));

    assertThat(model.sharp().total()).isZero();
    assertThat(model.flat().total()).isEqualByComparingTo("1.5");
    assertThat(model.lossRatio()).isZero();
  }

  @Test
  void freeSchedule_isAZeroPriceModel() {
    BillingModel model =
        BillingModelMapping.toModel(FeeSchedule.FREE, BillingModelNumber.of("9999"));

    assertThat(model.flat().total()).isZero();
    assertThat(model.slots()).hasSize(48);
  }
}
