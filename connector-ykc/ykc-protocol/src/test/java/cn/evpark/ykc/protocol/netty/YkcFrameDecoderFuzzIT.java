package cn.evpark.ykc.protocol.netty;

/**
 * The decoder fuzzing at full size: a million mutated frames, 1,500 split at every byte. About ten
 * seconds, so failsafe runs it once in {@code verify} rather than in every {@code test}.
 */
class YkcFrameDecoderFuzzIT extends YkcFrameDecoderFuzzing {

  YkcFrameDecoderFuzzIT() {
    super(1_000_000, 1_500);
  }
}
