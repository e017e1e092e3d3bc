package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.FrameType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How long to wait for a pile's reply to a command, and how often to try ({@code ykc-protocol.md
 * §11.4}): work parameters, time sync, billing-model set, reboot and update are retried; a remote
 * start is not (no reply means the start failed and the pile must not start); a remote stop is not
 * (the order closes when it is sent); the rest are tried once.
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
}
