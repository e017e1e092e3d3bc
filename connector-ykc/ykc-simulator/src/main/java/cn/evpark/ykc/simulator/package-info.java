/**
 * The pile simulator as a library: {@link cn.evpark.ykc.simulator.Simulator} runs any number of
 * {@link cn.evpark.ykc.simulator.VirtualPile}s on one shared Netty event-loop group.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li><b>One loop per pile.</b> Each pile takes one event loop of the shared group at creation
 *       and keeps all its state there, across reconnects: no locks, no thread per pile. Public
 *       methods hand work to that loop and return futures, so tests wait on {@code get(timeout)}
 *       instead of sleeping.
 *   <li><b>One part per capability.</b> {@link cn.evpark.ykc.simulator.VirtualPile} is the public
 *       face; the link (TCP, SEQ, wire faults), the session (login, heartbeat) and each capability
 *       (records, billing models, charging, starts and stops, offline cards, maintenance, ground
 *       locks) are classes of their own. A platform frame reaches its capability through one
 *       dispatch table ({@code Downlink}), so a new frame type is one registered handler.
 *   <li><b>Spec behaviour by default.</b> Login, then buffered records, billing-model verification
 *       and request until answered, heartbeats with reconnect after three missed replies, real-time
 *       data on change and by cadence, records re-sent until acknowledged ({@code ykc-protocol.md
 *       §9, §11}). Faults are opt-in ({@link cn.evpark.ykc.simulator.Fault}).
 *   <li><b>Plausible charging.</b> Energy accrues at the configured power per data interval, split
 *       by the tier of the pile's clock's half-hour slot; amounts are energy × (electricity +
 *       service) per tier at 4 decimals, so records match the billing model the platform gave.
 *   <li><b>Measured, not logged.</b> Reply latencies per request type go into HdrHistograms;
 *       requests without a reply within the timeout, or lost with their connection, count as
 *       unanswered ({@link cn.evpark.ykc.simulator.LoadReport}).
 * </ul>
 */
package cn.evpark.ykc.simulator;
