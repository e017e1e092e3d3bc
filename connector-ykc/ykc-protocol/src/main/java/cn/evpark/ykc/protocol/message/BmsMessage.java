package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * A DC BMS frame, 0x15–0x25 ({@code ykc-protocol.md §6.3–§6.6}): GB/T 27930 data the pile relays,
 * never answered. Diagnostic, so the bytes after the common prefix are kept exactly as received in
 * {@link #data()}; each record decodes every field the spec names from them through accessors.
 * Packed 2-bit flags are {@code 0} normal, {@code 1} fault/timeout, {@code 2} untrustworthy, first
 * listed field in the least-significant bits.
 */
public sealed interface BmsMessage extends PileMessage, GunScoped
    permits ChargingHandshake,
        ParameterConfiguration,
        ChargingEnd,
        BmsError,
        BmsStop,
        ChargerStop,
        BmsDemandAndOutput,
        BmsStatus {

  /** The session. */
  TransactionSerial transactionSerial();

  /** The BMS bytes after transaction serial, pile code and gun, as received. */
  Bytes data();
}
