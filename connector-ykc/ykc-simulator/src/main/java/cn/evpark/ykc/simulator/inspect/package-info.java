/**
 * Frames as JSON for the frame inspector. The JSON is the message record's components in real
 * units, so {@code encode(decode(hex))} gives the hex back; decoded BMS fields and named hardware
 * faults are read-only extras.
 */
package cn.evpark.ykc.simulator.inspect;
