package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.message.StartFailureReason;
import java.util.Objects;

/**
 * How a {@link VirtualPile} answers a remote start (0x34) on top of its real state: a busy,
 * unplugged or disabled gun refuses anyway. An unplugged gun answers {@link
 * StartFailureReason#GUN_NOT_PLUGGED_IN} and, if it is plugged in within the late-start window,
 * sends a second, successful 0x33 ({@code ykc-protocol.md §7.4}).
 *
 * @param refusal the reason to refuse with, or {@link StartFailureReason#NONE} to start
 */
public record RemoteStartAnswer(StartFailureReason refusal) {

  /** Start if the gun can. */
  public static final RemoteStartAnswer ACCEPT = new RemoteStartAnswer(StartFailureReason.NONE);

  public RemoteStartAnswer {
    Objects.requireNonNull(refusal, "refusal");
  }

  /** Refuse every remote start with {@code reason}. */
  public static RemoteStartAnswer refuse(StartFailureReason reason) {
    if (reason == StartFailureReason.NONE) {
      throw new IllegalArgumentException("a refusal needs a reason");
    }
    return new RemoteStartAnswer(reason);
  }
}
