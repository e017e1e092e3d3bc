package cn.evpark.ykc.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the YKC server. Every bound is explicit: threads, queues and waits.
 *
 * @param host the address to bind ("0.0.0.0" for all)
 * @param port the TCP port piles connect to
 * @param ioThreads Netty event-loop threads
 * @param loginTimeout how long a new connection may take to log in before it is closed
 * @param idleTimeout how long a logged-in pile may stay silent before it is closed and marked
 *     offline (protocol spec §11.3: three heartbeat periods plus a margin)
 * @param maxBadFramesInARow bad frames in a row after which the connection is closed
 * @param maxQueuedPerPile business messages of one pile waiting for the platform; when full the
 *     adapter stops reading from that pile until the queue drains
 * @param commandTimeout how long to wait for a pile's reply to one try of a command
 * @param commandAttempts tries of a command that the spec says to retry (§11.4)
 * @param maxQueuedCommandsPerPile commands to one pile waiting for their turn
 * @param timeSyncInterval how often a logged-in pile's clock is set again (at most a day)
 * @param realTimeQueue real-time frames waiting to be kept; more are dropped (and counted)
 * @param realTimeBatch most real-time frames handed to the platform in one batch
 * @param realTimeFlush how often collected real-time frames are handed over
 * @param recordQueue transaction records (0x3B) of all piles waiting for the platform; more are
 *     left unanswered (and counted), so their piles send them again (spec §11.4)
 * @param recordBatch most transaction records handed to the platform in one transaction
 * @param recordWorkers batches of transaction records handed to the platform at the same time: one
 *     where the server and its database share a few cores (a second only adds smaller batches to
 *     the same CPUs), more where the database's round trips dominate (a database on its own host)
 */
public record YkcServerConfig(
    String host,
    int port,
    int ioThreads,
    Duration loginTimeout,
    Duration idleTimeout,
    int maxBadFramesInARow,
    int maxQueuedPerPile,
    Duration commandTimeout,
    int commandAttempts,
    int maxQueuedCommandsPerPile,
    Duration timeSyncInterval,
    int realTimeQueue,
    int realTimeBatch,
    Duration realTimeFlush,
    int recordQueue,
    int recordBatch,
    int recordWorkers) {

  public YkcServerConfig {
    Objects.requireNonNull(host, "host");
    requireRange("port", port, 0, 65535);
    requireRange("ioThreads", ioThreads, 1, 256);
    requirePositive("loginTimeout", loginTimeout);
    requirePositive("idleTimeout", idleTimeout);
    requireRange("maxBadFramesInARow", maxBadFramesInARow, 1, 10_000);
    requireRange("maxQueuedPerPile", maxQueuedPerPile, 1, 100_000);
    requirePositive("commandTimeout", commandTimeout);
    requireRange("commandAttempts", commandAttempts, 1, 10);
    requireRange("maxQueuedCommandsPerPile", maxQueuedCommandsPerPile, 1, 10_000);
    requirePositive("timeSyncInterval", timeSyncInterval);
    requireRange("realTimeQueue", realTimeQueue, 1, 10_000_000);
    requireRange("realTimeBatch", realTimeBatch, 1, 100_000);
    requirePositive("realTimeFlush", realTimeFlush);
    requireRange("recordQueue", recordQueue, 1, 10_000_000);
    requireRange("recordBatch", recordBatch, 1, 10_000);
    requireRange("recordWorkers", recordWorkers, 1, 16);
    if (timeSyncInterval.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("timeSyncInterval must be at most a day (spec §8.2)");
    }
  }

  /** The defaults of the adapter's configuration properties. */
  public static YkcServerConfig defaults() {
    return new YkcServerConfig(
        "0.0.0.0",
        8767,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        Duration.ofSeconds(30),
        Duration.ofSeconds(35),
        5,
        64,
        Duration.ofSeconds(10),
        3,
        32,
        Duration.ofHours(8),
        100_000,
        1_000,
        Duration.ofSeconds(1),
        50_000,
        500,
        1);
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ": " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration: " + value);
    }
  }
}
