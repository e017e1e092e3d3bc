package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.GroundLockResult;

/**
 * The ground (parking) locks beside the guns ({@code ykc-protocol.md §8.5}): every lock command
 * (0x62) succeeds at once (0x63). The place for lock state and the lock status report (0x61).
 *
 * <p>Runs on: the pile's event loop.
 */
final class GroundLocks implements Capability {

  private final PileCode code;
  private final PileLink link;

  GroundLocks(PileCode code, PileLink link) {
    this.code = code;
    this.link = link;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        GroundLockCommand.class,
        (frame, lock) ->
            link.reply(frame, new GroundLockResult(code, lock.gun(), true, Bytes.zeros(4))));
  }
}
