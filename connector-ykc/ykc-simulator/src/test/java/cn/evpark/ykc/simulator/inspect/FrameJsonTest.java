package cn.evpark.ykc.simulator.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.RandomMessages;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class FrameJsonTest {

  private final FrameJson json = new FrameJson();

  @Property(tries = 3000)
  void fromJson_ofToJson_givesTheSameFrameForEveryType(
      @ForAll FrameType type, @ForAll long seed, @ForAll CrcOrder order) {
    YkcFrame frame =
        new YkcFrame(
            Sequence.ofLittleEndian((int) seed),
            order,
            new RandomMessages(new Random(seed)).of(type));

    assertThat(json.fromJson(json.toJsonLine(frame))).isEqualTo(frame);
  }
}
