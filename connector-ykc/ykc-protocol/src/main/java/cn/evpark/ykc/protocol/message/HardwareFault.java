package cn.evpark.ykc.protocol.message;

import java.util.EnumSet;
import java.util.Set;

/**
 * Hardware fault bits of 0x13 bytes 58–59 ({@code ykc-protocol.md §10.3}), least significant first.
 */
public enum HardwareFault {
  EMERGENCY_STOP,
  NO_RECTIFIER_MODULE,
  AIR_OUTLET_OVER_TEMPERATURE,
  AC_SURGE_PROTECTION,
  AC_DC_MODULE_COMMUNICATION_LOST,
  INSULATION_MONITOR_COMMUNICATION_LOST,
  ENERGY_METER_COMMUNICATION_LOST,
  CARD_READER_COMMUNICATION_LOST,
  RC10_COMMUNICATION_LOST,
  FAN_CONTROL_BOARD,
  DC_FUSE,
  HIGH_VOLTAGE_CONTACTOR,
  DOOR_OPEN;

  /** The bit mask of this fault. */
  public int mask() {
    return 1 << ordinal();
  }

  /** The faults whose bits are set in {@code bits}; bits 14–16 are unused and ignored here. */
  public static Set<HardwareFault> of(int bits) {
    Set<HardwareFault> faults = EnumSet.noneOf(HardwareFault.class);
    for (HardwareFault fault : values()) {
      if ((bits & fault.mask()) != 0) {
        faults.add(fault);
      }
    }
    return faults;
  }

  /** The bits of {@code faults}. */
  public static int bits(Set<HardwareFault> faults) {
    int bits = 0;
    for (HardwareFault fault : faults) {
      bits |= fault.mask();
    }
    return bits;
  }
}
