/**
 * The YKC V1.5/V1.6 pile protocol as plain Java: frames, CRC, BCD, CP56Time2a and the value types
 * of the wire ({@code shared/docs/ykc-protocol.md}).
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li><b>One entry point.</b> {@link cn.evpark.ykc.protocol.YkcCodec} turns bytes into a {@link
 *       cn.evpark.ykc.protocol.YkcFrame} and back, as pure functions over {@code byte[]} or a Netty
 *       {@code ByteBuf}; the Netty handlers in {@code .netty} only add stream framing.
 *   <li><b>CRC order.</b> CRC-16/MODBUS, low byte first on send. On receive either byte order is
 *       accepted and recorded in {@link cn.evpark.ykc.protocol.CrcOrder}, and re-encoding uses the
 *       recorded order, so {@code encode(decode(bytes))} gives the bytes back even for the swapped
 *       CRCs real piles send (§2.1).
 *   <li><b>SEQ.</b> Opaque: {@link cn.evpark.ykc.protocol.Sequence} keeps the two raw bytes, a
 *       reply copies them, and only our own counter reads them little-endian (§2.2).
 *   <li><b>Error model.</b> Decoding throws nothing but {@link
 *       cn.evpark.ykc.protocol.YkcDecodeException}, with a reason and the frame's hex. A
 *       well-framed frame of an unknown type is not an error: it becomes a {@link
 *       cn.evpark.ykc.protocol.message.RawMessage}. Encrypted frames are refused.
 *   <li><b>Lossless.</b> Reserved bytes, CP56Time2a flag bits, text padding and BMS data are kept,
 *       so every valid frame re-encodes to its own bytes. BCD fields are read as hex digits, since
 *       piles pad with {@code F}; only fields that are decimal by nature (pile code, gun) insist on
 *       digits.
 *   <li><b>Units in types.</b> Prices are {@code BigDecimal} yuan/kWh at scale 5, energy kWh at
 *       scale 4, amounts in real-time data and records yuan at scale 4, balances yuan at scale 2;
 *       times are {@link cn.evpark.ykc.protocol.Cp56Time2a}, local China time.
 * </ul>
 */
package cn.evpark.ykc.protocol;
