package cn.evpark.charging;

import cn.evpark.pile.SessionProgress;
import java.util.Optional;

/**
 * An order with the session's progress while it is under way.
 *
 * @param order the order
 * @param progress the pile's latest real-time data of the session (0x13); empty before the first
 *     frame and once the order is settled
 */
public record OrderView(ChargingOrder order, Optional<SessionProgress> progress) {}
