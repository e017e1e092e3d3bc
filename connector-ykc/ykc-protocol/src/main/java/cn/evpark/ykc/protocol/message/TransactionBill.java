package cn.evpark.ykc.protocol.message;

/**
 * A transaction record, whichever frame carries it: 0x3B ({@link TransactionRecord}, V1.5/V1.6) or
 * 0x3D ({@link TransactionRecordV17}, V1.7). Both are the pile's bill of one session, answered by
 * the same 0x40 and settled alike, once per pile and serial ({@code ykc-protocol.md §11.4}, {@code
 * docs/ykc-versions.md}).
 */
public sealed interface TransactionBill extends PileMessage, GunScoped
    permits TransactionRecord, TransactionRecordV17 {

  /** The bill's fields: the 0x3B layout, which 0x3D carries whole. */
  TransactionRecord bill();
}
