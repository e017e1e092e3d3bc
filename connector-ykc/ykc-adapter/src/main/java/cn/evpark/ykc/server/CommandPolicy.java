package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.FrameType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How long to wait for a pile's reply to a command, how often to try, and whether it waits its turn
 * ({@code ykc-protocol.md §11.4}): work parameters, time sync, billing-model set, reboot and update
 * are retried; a remote start is not (no reply means the start failed and the pile must not start);
 * a remote stop is not (the order closes when it is sent); the rest are tried once.
 *
 * <p>Commands to a pile go one at a time in order, except time sync (0x56): its reply (0x55) is
 * found by type and pile alone, no other command is answered by it, and setting the clock changes
 * nothing a later command depends on, so it goes out beside the command in flight. Queued, a pile
 * that never answers time syncs would hold every other command back for the whole retry cycle
 * (attempts × timeout) at each sync interval (issue 14).
 */
final class CommandPolicy {

  private static final Set<FrameType> RETRIED =
      EnumSet.of(
          FrameType.WORK_PARAMETERS,
          FrameType.TIME_SYNC,
          FrameType.BILLING_MODEL_SET,
          FrameType.REMOTE_REBOOT,
          FrameType.REMOTE_UPDATE);

  private final Duration timeout;
  private final int attempts;

  CommandPolicy(Duration timeout, int attempts) {
    this.timeout = timeout;
    this.attempts = attempts;
  }

  Duration timeout(FrameType command) {
    return timeout;
  }

  int attempts(FrameType command) {
    return RETRIED.contains(command) ? attempts : 1;
  }

  /** False if {@code command} need not wait for the command in flight (time sync only). */
  boolean ordered(FrameType command) {
    return command != FrameType.TIME_SYNC;
  }
}
