package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.UnknownCode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Counts and logs the code values a pile sends that their table lacks. The frame is handled all the
 * same (pile-edge rule: liberal in what piles send, {@code ykc-protocol.md §11}); the log says once
 * per pile, field and value what a vendor sends, so it neither floods nor goes unnoticed.
 *
 * <p>Remembers at most {@link #REMEMBERED} pile-field-value triples; past that, new ones are
 * counted but no longer logged, so a misbehaving fleet cannot grow the set without bound.
 *
 * <p>Runs on: event loops (shared by every connection of a server).
 */
final class UnknownCodeLog {

  /** Pile-field-value triples remembered as logged. */
  static final int REMEMBERED = 10_000;

  private static final Logger LOG = Logger.getLogger(UnknownCodeLog.class.getName());

  private final Counters counters;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  UnknownCodeLog(Counters counters) {
    this.counters = counters;
  }

  /** Counts each unknown code of {@code message}, logging the first of each from {@code pile}. */
  void check(PileCode pile, PileMessage message) {
    for (UnknownCode unknown : UnknownCode.in(message)) {
      counters.unknownCode(unknown.field());
      String key = pile.value() + ' ' + unknown;
      if (logged.size() < REMEMBERED && logged.add(key)) {
        LOG.warning(
            () ->
                "pile "
                    + pile.value()
                    + " sent "
                    + unknown
                    + ", a value outside the spec's table; handled as unknown (logged once)");
      }
    }
  }
}
