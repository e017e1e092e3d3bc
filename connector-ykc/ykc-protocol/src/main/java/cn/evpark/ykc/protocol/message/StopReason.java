package cn.evpark.ykc.protocol.message;

/**
 * Why a session ended, 0x3B byte 149 ({@code ykc-protocol.md §10.2}). Vendors add private codes, so
 * the raw code is kept whatever it is; {@link #category()} and {@link #description()} say what a
 * known code means and {@link Category#UNKNOWN} covers the rest.
 *
 * @param code the raw byte, 0..255
 */
public record StopReason(int code) {

  /** Stopped remotely by the app (0x40). */
  public static final StopReason REMOTE_STOP = new StopReason(0x40);

  /** SOC reached 100 % (0x41). */
  public static final StopReason SOC_FULL = new StopReason(0x41);

  /** Stopped manually at the pile (0x45). */
  public static final StopReason MANUAL_STOP = new StopReason(0x45);

  /** Start failed: control pilot disconnected (0x4B). */
  public static final StopReason START_FAILED_PILOT_DISCONNECTED = new StopReason(0x4B);

  /** Aborted: insufficient balance (0x6E). */
  public static final StopReason INSUFFICIENT_BALANCE = new StopReason(0x6E);

  /** Aborted: the pile lost power (0x83). */
  public static final StopReason POWER_LOSS = new StopReason(0x83);

  /** Stopped for an unknown reason (0x90). */
  public static final StopReason UNKNOWN_REASON = new StopReason(0x90);

  /** The broad outcome a code stands for. */
  public enum Category {
    /** 0x40–0x49. */
    FINISHED,
    /** 0x4A–0x69: the session never started. */
    START_FAILED,
    /** 0x6A–0x8F: the session started and was cut short. */
    ABORTED,
    /** 0x90 and any code the table does not list. */
    UNKNOWN
  }

  private static final String[] DESCRIPTIONS = new String[256];

  static {
    String[] finished = {
      "stopped remotely by app", "SOC reached 100 %", "energy target reached",
      "amount target reached", "time target reached", "stopped manually at the pile"
    };
    String[] startFailed = {
      "pile control system fault",
      "control pilot disconnected",
      "circuit breaker tripped",
      "energy-meter communication lost",
      "insufficient balance",
      "charging module fault",
      "emergency stop pressed",
      "surge arrester abnormal",
      "BMS not ready",
      "temperature abnormal",
      "battery reverse-connected",
      "electronic lock abnormal",
      "contactor closing failed",
      "insulation fault",
      "reserved",
      "timeout receiving BHM",
      "timeout receiving BRM",
      "timeout receiving BCP",
      "timeout receiving BRO 0xAA",
      "timeout receiving BCS",
      "timeout receiving BCL",
      "timeout receiving BSM",
      "battery voltage present during BHM stage",
      "battery voltage differs > 5 % from BCP at BRO 0xAA",
      "BRO went from 0xAA back to 0x00 during pre-charge",
      "timeout receiving host configuration frame",
      "charger not ready (CRO 0xAA not sent)"
    };
    String[] aborted = {
      "system lock-out",
      "control pilot disconnected",
      "circuit breaker tripped",
      "energy-meter communication lost",
      "insufficient balance",
      "AC protection tripped",
      "DC protection tripped",
      "charging module fault",
      "emergency stop pressed",
      "surge arrester abnormal",
      "temperature abnormal",
      "output abnormal",
      "no current flowing",
      "electronic lock abnormal",
      "reserved",
      "total charge voltage abnormal",
      "total charge current abnormal",
      "cell voltage abnormal",
      "battery pack over-temperature",
      "highest cell voltage abnormal",
      "highest battery pack over-temperature",
      "BMV cell voltage abnormal",
      "BMT battery over-temperature",
      "battery state abnormal",
      "vehicle sent charging prohibited",
      "pile lost power",
      "timeout receiving BCS",
      "timeout receiving BCL",
      "timeout receiving BSM",
      "timeout receiving BST",
      "timeout receiving BSD",
      "timeout receiving CCS"
    };
    for (int i = 0x40; i <= 0x49; i++) {
      DESCRIPTIONS[i] = i - 0x40 < finished.length ? finished[i - 0x40] : "finished: other";
    }
    for (int i = 0x4A; i <= 0x69; i++) {
      DESCRIPTIONS[i] =
          i - 0x4A < startFailed.length ? startFailed[i - 0x4A] : "start failed: other";
    }
    for (int i = 0x6A; i <= 0x8F; i++) {
      DESCRIPTIONS[i] = i - 0x6A < aborted.length ? aborted[i - 0x6A] : "aborted: other";
    }
    DESCRIPTIONS[0x90] = "stopped for unknown reason";
  }

  public StopReason {
    Fields.u8(code, "code");
  }

  public Category category() {
    if (code >= 0x40 && code <= 0x49) {
      return Category.FINISHED;
    }
    if (code >= 0x4A && code <= 0x69) {
      return Category.START_FAILED;
    }
    if (code >= 0x6A && code <= 0x8F) {
      return Category.ABORTED;
    }
    return Category.UNKNOWN;
  }

  /** Whether the spec's table (0x40–0x90) lists the code; a vendor's own code is not listed. */
  public boolean isListed() {
    return DESCRIPTIONS[code] != null;
  }

  /** What the code means, in English; {@code "vendor-specific code"} if the table lacks it. */
  public String description() {
    String description = DESCRIPTIONS[code];
    return description == null ? "vendor-specific code" : description;
  }

  @Override
  public String toString() {
    return String.format("0x%02X %s", code, description());
  }
}
