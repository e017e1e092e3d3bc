package cn.evpark.pile;

/**
 * The device family of a model (设备型号, first choice; manual 4.2). Every family connects to this
 * platform by the YKC protocol (ykc-protocol.md); the family says whose hardware it is.
 */
public enum DeviceProtocol {
  /** YKC's own piles. */
  YKC,
  /** Third-party piles (manual 4.2, 备注: 带有“YD”第三方设备的充电桩), speaking the YKC protocol. */
  YD
}
