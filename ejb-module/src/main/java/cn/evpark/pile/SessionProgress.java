package cn.evpark.pile;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A charging session's progress as the pile last reported it (0x13, ykc-protocol.md §6.2).
 *
 * @param energy kWh so far, 4 decimals
 * @param amount yuan so far by the pile's billing, 4 decimals
 * @param soc state of charge, per cent (0 for AC piles, which do not know it)
 * @param chargingMinutes minutes charged
 * @param reportedAt when the frame arrived, UTC
 */
public record SessionProgress(
    BigDecimal energy, BigDecimal amount, int soc, int chargingMinutes, LocalDateTime reportedAt) {}
