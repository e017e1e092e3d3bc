package cn.evpark.ykc.server;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.protocol.message.RealTimeData;

/**
 * A gun's state from its real-time data (0x13, {@code ykc-protocol.md §6.2, §10.1}). A status the
 * table lacks (a vendor's own) counts as idle, or plugged if the gun is in a vehicle: the gun is
 * online and says neither charging nor fault, and a start it cannot take is refused by the pile.
 */
final class GunStates {

  private GunStates() {}

  static GunState of(RealTimeData data) {
    GunState idle = data.plugged() ? GunState.PLUGGED : GunState.IDLE;
    return data.status()
        .known()
        .map(
            status ->
                switch (status) {
                  case OFFLINE -> GunState.OFFLINE;
                  case FAULT -> GunState.FAULT;
                  case CHARGING -> GunState.CHARGING;
                  case IDLE -> idle;
                })
        .orElse(idle);
  }
}
