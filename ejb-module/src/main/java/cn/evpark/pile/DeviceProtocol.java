package cn.evpark.pile;

/** The protocol family a device model speaks (设备型号, first choice). Only YKC piles connect here. */
public enum DeviceProtocol {
  YKC
}
