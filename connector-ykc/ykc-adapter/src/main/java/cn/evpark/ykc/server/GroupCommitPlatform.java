package cn.evpark.ykc.server;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The platform as the piles' queues see it: logins (0x01) and session events (online, offline) of
 * many piles go to the platform together, a {@link GroupCommit} each, and everything else as it
 * comes.
 *
 * <p>Why: after a restart or a network cut every pile logs in at once, and each login is followed
 * by its online event. Handed over one by one, each is a platform delivery and a transaction of its
 * own, and those deliveries, not the database, decide how fast thousands of piles are back
 * (docs/architecture.md, "Login storms"). Grouped, a storm costs a transaction per few hundred
 * piles. A pile still waits for its own login's answer and online event before its next message is
 * delivered ({@link InboundQueue}), so its order is kept.
 *
 * <p>Runs on: the piles' worker threads.
 */
final class GroupCommitPlatform implements Platform {

  /** Most logins, or session events, in one transaction. */
  static final int MAX_BATCH = 200;

  /** Most batches of logins, and of session events, delivered at once. */
  static final int CONCURRENT = 2;

  /** How long a login or session event may wait for its batch. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private final Platform platform;
  private final GroupCommit<PileEvent, Optional<PlatformMessage>> logins;
  private final GroupCommit<PileSessionEvent, PileSessionEvent> sessionEvents;

  GroupCommitPlatform(Platform platform) {
    this(platform, MAX_BATCH, CONCURRENT, WAIT);
  }

  GroupCommitPlatform(Platform platform, int maxBatch, int concurrent, Duration wait) {
    this.platform = platform;
    this.logins = new GroupCommit<>("logins", platform::logins, maxBatch, concurrent, wait);
    this.sessionEvents =
        new GroupCommit<>(
            "session events",
            batch -> {
              platform.sessionEvents(batch);
              return batch;
            },
            maxBatch,
            concurrent,
            wait);
  }

  @Override
  public Optional<PlatformMessage> handle(PileEvent event) {
    return platform.handle(event);
  }

  @Override
  public int messagePlaces() {
    return platform.messagePlaces();
  }

  /** Grouped with other piles' logins; {@code connected} is asked when the batch forms. */
  @Override
  public Optional<PlatformMessage> handleLogin(PileEvent event, BooleanSupplier connected) {
    return logins.submit(event, connected, Optional.empty());
  }

  @Override
  public List<Optional<PlatformMessage>> logins(List<PileEvent> batch) {
    return platform.logins(batch);
  }

  /** Grouped with other piles' session events. */
  @Override
  public void sessionEvent(PileSessionEvent event) {
    sessionEvents.submit(event, () -> true, event);
  }

  @Override
  public void sessionEvents(List<PileSessionEvent> batch) {
    platform.sessionEvents(batch);
  }

  @Override
  public void realTimeData(List<PileEvent> batch) {
    platform.realTimeData(batch);
  }

  @Override
  public List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch) {
    return platform.transactionRecords(batch);
  }
}
