package cn.evpark.ykc.server;

import java.time.Clock;

/** What every connection of one server shares. */
record ServerContext(
    YkcServerConfig config,
    Platform platform,
    WorkScheduler scheduler,
    SessionRegistry sessions,
    ActiveWork activeWork,
    CommandPolicy commandPolicy,
    RealTimeBatcher realTime,
    Counters counters,
    FrameLog frameLog,
    Clock clock) {}
