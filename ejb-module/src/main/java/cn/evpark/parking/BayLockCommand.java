package cn.evpark.parking;

import cn.evpark.ykc.protocol.PileCode;

/**
 * A reserved bay's ground lock to raise or lower, fired in the transaction that decided it and sent
 * after its commit ({@link ReservationLocks}).
 */
public record BayLockCommand(long reservationId, PileCode pile, int gun, boolean raise) {}
