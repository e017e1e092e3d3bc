package cn.evpark.invoice;

/**
 * The states of an {@link InvoiceBatch} (money.md §8): {@code PENDING} (made by invoice settlement,
 * not yet taken by the tax platform) → {@code SENT} (the platform accepted it) → {@code ISSUED}
 * (the platform issued its invoices) or {@code FAILED} (the platform refused it or could not issue
 * it; staff look into it, its orders stay invoiced by it and are not batched again).
 */
public enum InvoiceBatchState {
  PENDING,
  SENT,
  ISSUED,
  FAILED;

  /** Whether the tax platform has the last word on the batch already. */
  public boolean isFinal() {
    return this == ISSUED || this == FAILED;
  }
}
