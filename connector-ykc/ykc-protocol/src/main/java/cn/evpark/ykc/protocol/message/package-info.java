/**
 * One immutable record per frame type of {@code ykc-protocol.md §4}, named as in the spec.
 *
 * <p>{@link cn.evpark.ykc.protocol.message.PileMessage} (uplink) and {@link
 * cn.evpark.ykc.protocol.message.PlatformMessage} (downlink) split the sealed {@link
 * cn.evpark.ykc.protocol.message.YkcMessage}, so a listener can switch over what a pile may send.
 * {@link cn.evpark.ykc.protocol.message.PileScoped} and {@link
 * cn.evpark.ykc.protocol.message.GunScoped} give the pile code and gun without a cast. Compact
 * constructors refuse values their field cannot carry (scale, range, length), so every message that
 * exists can be encoded; on decode such a value is {@code FIELD_OUT_OF_RANGE}. 0x0A and 0x58 share
 * {@link cn.evpark.ykc.protocol.message.BillingModel}.
 *
 * <p>Code tables are enums implementing {@link cn.evpark.ykc.protocol.message.Coded}. Liberal in
 * what a pile sends: every code field of an uplink message is a {@link
 * cn.evpark.ykc.protocol.message.Code}, the table's constant or the raw byte the table lacks, so a
 * vendor's private value (a 0x3B transaction type 0x03) never costs the frame; {@link
 * cn.evpark.ykc.protocol.message.UnknownCode#in} lists such values for counting and logging. The
 * stop reason, whose table vendors extend most, is its own open record ({@link
 * cn.evpark.ykc.protocol.message.StopReason}). Code fields of downlink messages, which the platform
 * writes, stay plain enums: a value outside their table is a decode error. One-byte flags of uplink
 * messages are {@code Code<Flag>} components ({@code successFlag}) beside a boolean accessor
 * ({@code success()}) that is true for 0x01 only. Framing, CRC, length and encryption stay hard
 * errors, and so do the fields naming what a frame is about (pile code, gun, transaction serial):
 * without them it cannot be handled at all.
 */
package cn.evpark.ykc.protocol.message;
