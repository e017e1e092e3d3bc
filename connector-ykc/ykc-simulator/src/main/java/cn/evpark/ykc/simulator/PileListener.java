package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.netty.InvalidFrame;

/**
 * Observes one {@link VirtualPile}. Called on the pile's event loop: return quickly, never block.
 * Every method has an empty default.
 */
public interface PileListener {

  /** A frame from the platform, after the pile has acted on it. */
  default void received(VirtualPile pile, YkcFrame frame) {}

  /** A frame the pile sent (faults applied to its bytes are not reflected here). */
  default void sent(VirtualPile pile, YkcFrame frame) {}

  /** Bytes from the platform that were no frame. */
  default void invalid(VirtualPile pile, InvalidFrame invalid) {}

  /** The platform accepted a login. */
  default void loggedIn(VirtualPile pile) {}

  /** The connection closed. */
  default void disconnected(VirtualPile pile) {}
}
