package cn.evpark.parking;

/**
 * An event as a parking device reports it, every field as sent ({@link BayEvents#receive} checks
 * them all).
 *
 * @param eventId the device's id of the event, 1..64 of {@code A-Z a-z 0-9 - _ . :}
 * @param kind a {@link BayEventKind} name
 * @param bayNumber the bay's number, a pile's 车位编号 at the station
 * @param plate the plate a camera read, for {@code VEHICLE_IN} and {@code VEHICLE_OUT}
 * @param time when the device saw it, ISO-8601 with an offset, {@code 2026-12-01T08:00:00+08:00}
 * @param photo a JPEG or PNG, base64, at most 2 MiB decoded; optional
 */
public record BayEventReport(
    String eventId, String kind, String bayNumber, String plate, String time, String photo) {}
