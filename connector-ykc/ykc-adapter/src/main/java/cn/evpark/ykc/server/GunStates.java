package cn.evpark.ykc.server;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.protocol.message.RealTimeData;

/** A gun's state from its real-time data (0x13, {@code ykc-protocol.md §6.2, §10.1}). */
final class GunStates {

  private GunStates() {}

  static GunState of(RealTimeData data) {
    return switch (data.status()) {
      case OFFLINE -> GunState.OFFLINE;
      case FAULT -> GunState.FAULT;
      case CHARGING -> GunState.CHARGING;
      case IDLE -> data.plugged() ? GunState.PLUGGED : GunState.IDLE;
    };
  }
}
