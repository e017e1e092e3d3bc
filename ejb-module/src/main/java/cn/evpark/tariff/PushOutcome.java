package cn.evpark.tariff;

/** How the last push of a billing model (0x58) to a pile went. */
public enum PushOutcome {
  /** Sent; the pile has not answered yet. */
  SENT,
  /** The pile took the model (0x57 success). */
  ACCEPTED,
  /** The pile answered that it did not take it (0x57 failure). */
  REFUSED,
  /** Not sent: the pile was offline. It gets the model when it verifies after logging in. */
  OFFLINE,
  /** Not sent: a gun was charging; a session keeps the model it started with (§11.5). */
  CHARGING,
  /** No answer after the protocol's retries. */
  NO_REPLY
}
