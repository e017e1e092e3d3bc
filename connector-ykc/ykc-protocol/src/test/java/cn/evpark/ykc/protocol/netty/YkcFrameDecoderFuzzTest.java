package cn.evpark.ykc.protocol.netty;

/**
 * The decoder fuzzing at a size every build can afford: a smoke run of {@link
 * YkcFrameDecoderFuzzIT}.
 */
class YkcFrameDecoderFuzzTest extends YkcFrameDecoderFuzzing {

  YkcFrameDecoderFuzzTest() {
    super(2_000, 10);
  }
}
