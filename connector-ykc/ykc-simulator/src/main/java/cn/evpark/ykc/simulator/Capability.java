package cn.evpark.ykc.simulator;

/**
 * One capability of a {@link VirtualPile} (charging, billing models, records, card lists, …): the
 * frames it answers and what it does as the link comes and goes. A new capability is a new class
 * plus one line in {@link VirtualPile}'s constructor; a new frame type of an existing capability is
 * a handler registered in its {@link #register(Downlink)} and, for uplink frames, a method sending
 * it through {@link PileLink#send}.
 *
 * <p>Runs on: the pile's event loop, every method.
 */
interface Capability {

  /** Registers the handlers of the platform messages this capability acts on. */
  void register(Downlink downlink);

  /**
   * The platform accepted a login. Called in the order the capabilities were created, which is the
   * order of the spec's start-up traffic ({@code ykc-protocol.md §11.2}): buffered records, then
   * the billing model, then real-time data.
   *
   * @param tasks where to schedule work that must stop with this connection
   */
  default void loggedIn(ConnectionTasks tasks) {}

  /** The connection closed; pending requests of the pile's user fail here. */
  default void disconnected() {}
}
