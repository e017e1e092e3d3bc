package cn.evpark.parking;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A bay event as staff read it.
 *
 * @param deviceEventId the device's id of the event
 * @param pileCode the 14 digits of the pile whose bay it is
 * @param plate the plate a camera read; "" for a lock's event
 * @param eventTime when the device saw it, Asia/Shanghai
 * @param receivedAt when the platform received it, Asia/Shanghai
 * @param photo whether a photo is stored
 */
public record BayEventRow(
    long id,
    String deviceEventId,
    BayEventKind kind,
    String bayNumber,
    String pileCode,
    String plate,
    LocalDateTime eventTime,
    LocalDateTime receivedAt,
    boolean photo)
    implements Serializable {}
