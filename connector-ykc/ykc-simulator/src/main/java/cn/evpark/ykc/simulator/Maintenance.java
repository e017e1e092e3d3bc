package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.QrPrefix;
import cn.evpark.ykc.protocol.message.QrPrefixReply;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteRebootReply;
import cn.evpark.ykc.protocol.message.RemoteUpdate;
import cn.evpark.ykc.protocol.message.RemoteUpdateReply;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import cn.evpark.ykc.protocol.message.UpdateStatus;

/**
 * Platform maintenance of the pile ({@code ykc-protocol.md §8}): time sync (0x56/0x55, echoing the
 * time), remote reboot (0x92/0x91: at once, ending sessions as a power loss would, or when the last
 * gun goes idle), remote update (0x94/0x93, reported done) and the QR-code prefix (0xF0/0xF1).
 *
 * <p>Runs on: the pile's event loop.
 */
final class Maintenance implements Capability {

  private final PileCode code;
  private final PileLink link;
  private final Guns guns;
  private final Charging charging;
  private boolean rebootWhenIdle;
  private QrPrefix qrPrefix;

  Maintenance(PileCode code, PileLink link, Guns guns, Charging charging) {
    this.code = code;
    this.link = link;
    this.guns = guns;
    this.charging = charging;
    charging.whenAllIdle(
        () -> {
          if (rebootWhenIdle) {
            reboot();
          }
        });
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        TimeSync.class, (frame, sync) -> link.reply(frame, new TimeSyncReply(code, sync.time())));
    downlink.on(
        RemoteReboot.class,
        (frame, reboot) -> {
          link.reply(frame, new RemoteRebootReply(code, true));
          if (reboot.control() == ExecutionControl.IMMEDIATELY || guns.allIdle()) {
            reboot();
          } else {
            rebootWhenIdle = true;
          }
        });
    downlink.on(
        RemoteUpdate.class,
        (frame, update) ->
            link.reply(frame, new RemoteUpdateReply(code, Code.of(UpdateStatus.SUCCESS))));
    downlink.on(
        QrPrefix.class,
        (frame, prefix) -> {
          qrPrefix = prefix;
          link.reply(frame, new QrPrefixReply(code, true));
        });
  }

  /** The QR-code prefix the platform set, or "" if none. */
  String qrPrefix() {
    return qrPrefix == null ? "" : qrPrefix.prefix();
  }

  private void reboot() {
    rebootWhenIdle = false;
    charging.endAll(StopReason.POWER_LOSS);
    link.drop();
  }
}
