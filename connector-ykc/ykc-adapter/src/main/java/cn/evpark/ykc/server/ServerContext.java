package cn.evpark.ykc.server;

import java.time.Clock;

/** What every connection of one server shares. */
record ServerContext(
    YkcServerConfig config,
    Platform platform,
    WorkScheduler scheduler,
    DeliveryPlaces places,
    SessionRegistry sessions,
    ActiveWork activeWork,
    CommandPolicy commandPolicy,
    RealTimeBatcher realTime,
    TransactionRecordBatcher records,
    Counters counters,
    UnknownCodeLog unknownCodes,
    FrameLog frameLog,
    Clock clock) {

  /**
   * The shared parts of a new server: empty registry, counters and queues, and {@code platform}
   * with logins and session events grouped ({@link GroupCommitPlatform}).
   */
  static ServerContext of(
      YkcServerConfig config, Platform delivery, WorkScheduler scheduler, Clock clock) {
    Platform platform = new GroupCommitPlatform(delivery);
    ActiveWork activeWork = new ActiveWork();
    Counters counters = new Counters();
    return new ServerContext(
        config,
        platform,
        scheduler,
        new DeliveryPlaces(platform.messagePlaces()),
        new SessionRegistry(),
        activeWork,
        new CommandPolicy(config.commandTimeout(), config.commandAttempts()),
        new RealTimeBatcher(
            config.realTimeQueue(), config.realTimeBatch(), platform, scheduler, activeWork),
        new TransactionRecordBatcher(
            config.recordQueue(),
            config.recordBatch(),
            config.recordWorkers(),
            platform,
            scheduler,
            activeWork),
        counters,
        new UnknownCodeLog(counters),
        new FrameLog(),
        clock);
  }
}
