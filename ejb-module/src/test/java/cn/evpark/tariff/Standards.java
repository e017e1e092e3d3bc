package cn.evpark.tariff;

import java.util.List;

/** Standards the tests share. */
final class Standards {

  private Standards() {}

  /**
   * The manual's example (二、2.1.1, "临时用户充电费"): 平 00:00 0.8, 峰 10:00 0.9, 尖 17:00 1.0, 谷 22:00 0.5;
   * the manual leaves the service prices open, these are ours.
   */
  static List<SegmentInput> manualExampleRows() {
    return List.of(
        SegmentInput.of("平", "00:00", "0.8", "0.4"),
        SegmentInput.of("峰", "10:00", "0.9", "0.5"),
        SegmentInput.of("尖", "17:00", "1", "0.8"),
        SegmentInput.of("谷", "22:00", "0.5", "0.3"));
  }

  static FeeSchedule manualExample() {
    return FeeSchedule.of(manualExampleRows());
  }
}
