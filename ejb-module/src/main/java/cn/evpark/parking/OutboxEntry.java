package cn.evpark.parking;

/**
 * What the platform sends a station's parking system through its outbox ({@code parking.md §1}).
 */
interface OutboxEntry {

  long getStationId();

  /** How its sending is getting on. */
  Delivery getDelivery();

  /** The endpoint of the parking system it goes to: {@code reductions} or {@code bay-locks}. */
  String endpoint();

  /** The JSON it sends, UTF-8. */
  byte[] body();
}
