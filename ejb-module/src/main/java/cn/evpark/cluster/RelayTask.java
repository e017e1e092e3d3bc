package cn.evpark.cluster;

import cn.evpark.ykc.protocol.PileCode;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;

/**
 * A call of {@link PileRelay} on the member that holds a pile's session, sent through the grid's
 * executor. Its fields and its answers are JDK types only (servers-notes.md §1).
 */
final class RelayTask implements Callable<Object>, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private enum Operation {
    SEND,
    TAKE_OVER,
    LIVE_STATES
  }

  private final String relay;
  private final Operation operation;
  private final byte[] frame;
  private final String[] codes;
  private final long connectionId;
  private final String by;

  private RelayTask(
      String relay,
      Operation operation,
      byte[] frame,
      String[] codes,
      long connectionId,
      String by) {
    this.relay = relay;
    this.operation = operation;
    this.frame = frame;
    this.codes = codes;
    this.connectionId = connectionId;
    this.by = by;
  }

  /** Answers {@link PileRelay#send}'s outcome. */
  static RelayTask send(String relay, byte[] frame) {
    return new RelayTask(relay, Operation.SEND, frame, null, 0, null);
  }

  /** Answers {@link PileRelay#takeOver}'s Boolean. */
  static RelayTask takeOver(String relay, PileCode code, long connectionId, String by) {
    return new RelayTask(
        relay, Operation.TAKE_OVER, null, new String[] {code.value()}, connectionId, by);
  }

  /** Answers {@link PileRelay#liveStates}'s texts. */
  static RelayTask liveStates(String relay, String[] codes) {
    return new RelayTask(relay, Operation.LIVE_STATES, null, codes, 0, null);
  }

  @Override
  public Object call() throws Exception {
    PileRelay here = InitialContext.doLookup(relay);
    return switch (operation) {
      case SEND -> here.send(frame);
      case TAKE_OVER -> here.takeOver(codes[0], connectionId, by);
      case LIVE_STATES -> here.liveStates(codes);
    };
  }
}
