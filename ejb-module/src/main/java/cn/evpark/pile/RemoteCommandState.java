package cn.evpark.pile;

/**
 * Where a {@link RemoteCommand} is: {@code SENT} until the pile answers or the command fails, then
 * {@code ANSWERED} or {@code FAILED}, for good.
 */
public enum RemoteCommandState {
  /** Handed to the YKC adapter; no answer yet (已下发). */
  SENT,
  /** The pile answered. */
  ANSWERED,
  /** No answer: offline, no reply after the adapter's retries, or lost (its refusal code says). */
  FAILED
}
