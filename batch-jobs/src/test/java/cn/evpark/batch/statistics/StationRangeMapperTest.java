package cn.evpark.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Partitions cover the station ids once, without gaps. */
class StationRangeMapperTest {

  static String[] ranges(Properties[] plans) {
    return Arrays.stream(plans)
        .map(p -> p.getProperty("after") + ".." + p.getProperty("last"))
        .toArray(String[]::new);
  }

  @Test
  void ranges_twoPartitions_splitTheIdsInHalves() {
    assertThat(ranges(StationRangeMapper.ranges(1, 200, 2))).containsExactly("0..100", "100..200");
  }

  @Test
  void ranges_unevenWidth_lastRangeEndsAtTheLastId() {
    assertThat(ranges(StationRangeMapper.ranges(5, 11, 3)))
        .containsExactly("4..6", "6..8", "8..11");
  }

  @Test
  void ranges_oneStation_isOnePartition() {
    assertThat(ranges(StationRangeMapper.ranges(42, 42, 4))).containsExactly("41..42");
  }

  @Test
  void ranges_noStation_isOneEmptyPartition() {
    assertThat(ranges(StationRangeMapper.ranges(1, 0, 2))).containsExactly("0..0");
  }
}
