package cn.evpark.cluster;

import cn.evpark.ykc.api.CommandTimeoutException;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.PileOfflineException;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What another member asks of this one for the piles whose sessions it holds, through {@link
 * RelayTask}: send a command and answer the pile's reply, close a session taken over elsewhere,
 * read live states. Arguments and answers are JDK types: YKC frames as {@code byte[]}, outcomes as
 * strings.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileRelay {

  /** The outcome of {@link #send}: the first element of its answer. */
  enum Outcome {
    /** The second element is the pile's reply frame. */
    REPLY,
    /** The pile has no session here (any more). */
    OFFLINE,
    /** The pile did not answer within the protocol's retries (§11.4). */
    NO_REPLY,
    /** The command failed otherwise; the second element is the message. */
    FAILED
  }

  /** Longer than the adapter's own retries (3 × 10 s by default), which always end a command. */
  private static final long WAIT_MINUTES = 2;

  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @Resource(lookup = "java:app/AppName")
  String appName;

  @Resource(lookup = "java:module/ModuleName")
  String moduleName;

  /**
   * This bean's {@code java:global} name, the same on every member since each runs the same
   * application: {@code java:global/<app>/<module>/PileRelay} in the EAR, {@code
   * java:global/<war>/PileRelay} on Payara Micro. Read here, in the bean's own module: a CDI
   * observer in an EAR may run where {@code java:module} is not this module's.
   */
  public String globalName() {
    return "java:global/"
        + (appName.equals(moduleName) ? moduleName : appName + "/" + moduleName)
        + "/"
        + PileRelay.class.getSimpleName();
  }

  /**
   * Sends the command in {@code frame} (a whole YKC frame) to its pile through this member's YKC
   * server and waits for the reply.
   *
   * @return {@code {outcome name, reply frame or message or null}}
   */
  public Object[] send(byte[] frame) {
    PlatformMessage command = (PlatformMessage) YkcCodec.decode(frame).message();
    try (YkcConnection connection = connection()) {
      PileMessage reply =
          connection.send(command).toCompletableFuture().get(WAIT_MINUTES, TimeUnit.MINUTES);
      return new Object[] {
        Outcome.REPLY.name(), YkcCodec.encode(YkcFrame.of(Sequence.ZERO, reply))
      };
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PileOfflineException) {
        return new Object[] {Outcome.OFFLINE.name(), cause.getMessage()};
      }
      if (cause instanceof CommandTimeoutException) {
        return new Object[] {Outcome.NO_REPLY.name(), cause.getMessage()};
      }
      return new Object[] {Outcome.FAILED.name(), String.valueOf(cause)};
    } catch (TimeoutException e) {
      return new Object[] {Outcome.NO_REPLY.name(), "no reply in " + WAIT_MINUTES + " minutes"};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Object[] {Outcome.FAILED.name(), "interrupted"};
    }
  }

  /**
   * Closes the pile's session here when it is connection {@code connectionId}.
   *
   * @param by the member and address the pile logged in from, for the log
   */
  public Boolean takeOver(String code, long connectionId, String by) {
    try (YkcConnection connection = connection()) {
      return connection.takeOver(new PileCode(code), connectionId, "member " + by);
    }
  }

  /** The live state of each pile, as {@link LiveStateText}; null where it is not online here. */
  public String[] liveStates(String[] codes) {
    String[] states = new String[codes.length];
    try (YkcConnection connection = connection()) {
      for (int i = 0; i < codes.length; i++) {
        states[i] =
            connection
                .liveState(new PileCode(codes[i]))
                .filter(PileLiveState::online)
                .map(LiveStateText::of)
                .orElse(null);
      }
    }
    return states;
  }

  private YkcConnection connection() {
    try {
      return ykc.getConnection();
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
    }
  }
}
