package cn.evpark.ykc.protocol.message;

/** Parking-space occupancy, 0x61 byte 9 (§8.5). */
public enum ParkingSpaceState implements Coded {
  EMPTY(0x00, "empty"),
  OCCUPIED(0xFF, "vehicle present");

  private final int code;
  private final String description;

  ParkingSpaceState(int code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public int code() {
    return code;
  }

  /** What the code means, in English. */
  public String description() {
    return description;
  }
}
