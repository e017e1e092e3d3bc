package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Which part of a {@link VirtualPile} acts on each platform message: the one place a new downlink
 * frame type plugs in. Each {@link Capability} registers a handler per message record it answers; a
 * message nobody registered is observed (listeners, waiters) but not acted on, as a pile ignores a
 * frame it does not implement.
 *
 * <p>Runs on: the pile's event loop.
 */
final class Downlink {

  private final Map<Class<?>, BiConsumer<YkcFrame, PlatformMessage>> handlers = new HashMap<>();

  /**
   * Makes {@code handler} act on every received {@code type}; the frame is passed too, so a reply
   * can reuse its SEQ.
   *
   * @throws IllegalStateException if another part already handles {@code type}
   */
  <T extends PlatformMessage> void on(Class<T> type, BiConsumer<YkcFrame, T> handler) {
    BiConsumer<YkcFrame, PlatformMessage> typed =
        (frame, message) -> handler.accept(frame, type.cast(message));
    if (handlers.putIfAbsent(type, typed) != null) {
      throw new IllegalStateException(type.getSimpleName() + " has a handler already");
    }
  }

  /** Hands {@code message} to its handler, if any. */
  void dispatch(YkcFrame frame, PlatformMessage message) {
    BiConsumer<YkcFrame, PlatformMessage> handler = handlers.get(message.getClass());
    if (handler != null) {
      handler.accept(frame, message);
    }
  }
}
