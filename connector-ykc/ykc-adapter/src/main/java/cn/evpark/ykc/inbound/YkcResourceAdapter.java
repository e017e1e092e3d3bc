package cn.evpark.ykc.inbound;

import cn.evpark.ykc.server.YkcServer;
import cn.evpark.ykc.server.YkcServerConfig;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The YKC resource adapter: connects the pile server to the platform's MDB (inbound) and connection
 * factory (outbound).
 *
 * <p>The server listens for piles only while the platform's endpoint is active: it binds its port
 * when the container activates the MDB ({@link #endpointActivation}) and stops accepting,
 * disconnecting every pile and finishing the messages in flight, before the MDB goes away ({@link
 * #endpointDeactivation}, {@link #stop}). A pile that connected earlier would get no answer to its
 * login (nothing takes it) and would wait out its own timeout; refused outright, it retries at once
 * or finds another instance (issue 14).
 *
 * <p>Each property can be overridden by a system property or environment variable (see {@link
 * AdapterSettings}): {@code ykc.tcp.port} / {@code YKC_TCP_PORT}, {@code ykc.tcp.host}, {@code
 * ykc.io-threads}, {@code ykc.login-timeout-seconds}, {@code ykc.idle-timeout-seconds}, {@code
 * ykc.max-bad-frames}, {@code ykc.max-queued-per-pile}, {@code ykc.command-timeout-seconds}, {@code
 * ykc.command-attempts}, {@code ykc.max-queued-commands-per-pile}, {@code
 * ykc.time-sync-interval-minutes}, {@code ykc.stop-grace-seconds}, {@code ykc.realtime-queue},
 * {@code ykc.realtime-batch}, {@code ykc.realtime-flush-millis}, {@code
 * ykc.max-concurrent-deliveries}.
 */
@Connector(
    displayName = "YKC charging piles",
    description = "TCP server for charging piles speaking the YKC (云快充) protocol V1.5/V1.6",
    vendorName = "evpark",
    eisType = "YKC charging piles",
    version = "1.0",
    transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class YkcResourceAdapter implements ResourceAdapter, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(YkcResourceAdapter.class.getName());

  private String host = "0.0.0.0";
  private Integer port = 8767;
  private Integer ioThreads = 0;
  private Integer loginTimeoutSeconds = 30;
  private Integer idleTimeoutSeconds = 35;
  private Integer maxBadFramesInARow = 5;
  private Integer maxQueuedPerPile = 64;
  private Integer commandTimeoutSeconds = 10;
  private Integer commandAttempts = 3;
  private Integer maxQueuedCommandsPerPile = 32;
  private Integer timeSyncIntervalMinutes = 480;
  private Integer stopGraceSeconds = 10;
  private Integer realTimeQueue = 100_000;
  private Integer realTimeBatch = 1_000;
  private Integer realTimeFlushMillis = 1_000;
  private Integer maxConcurrentDeliveries = 16;

  private transient EndpointDispatcher dispatcher;
  private transient volatile YkcServer server;
  private transient Duration stopGrace = Duration.ofSeconds(10);

  @Override
  public void start(BootstrapContext context) throws ResourceAdapterInternalException {
    AdapterSettings settings = AdapterSettings.fromProcess();
    YkcServerConfig config = config(settings);
    dispatcher =
        new EndpointDispatcher(
            settings.intValue("ykc.max-concurrent-deliveries", maxConcurrentDeliveries));
    server =
        new YkcServer(
            config,
            dispatcher,
            new WorkManagerScheduler(context.getWorkManager()),
            Clock.systemUTC());
    stopGrace = Duration.ofSeconds(settings.intValue("ykc.stop-grace-seconds", stopGraceSeconds));
    LOG.info(
        () ->
            "YKC resource adapter started; piles are accepted on "
                + config.host()
                + ":"
                + config.port()
                + " once the platform's endpoint is active");
  }

  YkcServerConfig config(AdapterSettings settings) {
    int threads = settings.intValue("ykc.io-threads", ioThreads);
    YkcServerConfig defaults = YkcServerConfig.defaults();
    return new YkcServerConfig(
        settings.stringValue("ykc.tcp.host", host),
        settings.intValue("ykc.tcp.port", port),
        threads > 0 ? threads : defaults.ioThreads(),
        Duration.ofSeconds(settings.intValue("ykc.login-timeout-seconds", loginTimeoutSeconds)),
        Duration.ofSeconds(settings.intValue("ykc.idle-timeout-seconds", idleTimeoutSeconds)),
        settings.intValue("ykc.max-bad-frames", maxBadFramesInARow),
        settings.intValue("ykc.max-queued-per-pile", maxQueuedPerPile),
        Duration.ofSeconds(settings.intValue("ykc.command-timeout-seconds", commandTimeoutSeconds)),
        settings.intValue("ykc.command-attempts", commandAttempts),
        settings.intValue("ykc.max-queued-commands-per-pile", maxQueuedCommandsPerPile),
        Duration.ofMinutes(
            settings.intValue("ykc.time-sync-interval-minutes", timeSyncIntervalMinutes)),
        settings.intValue("ykc.realtime-queue", realTimeQueue),
        settings.intValue("ykc.realtime-batch", realTimeBatch),
        Duration.ofMillis(settings.intValue("ykc.realtime-flush-millis", realTimeFlushMillis)),
        settings.intValue("ykc.record-queue", defaults.recordQueue()),
        settings.intValue("ykc.record-batch", defaults.recordBatch()),
        settings.intValue("ykc.record-workers", defaults.recordWorkers()));
  }

  /** Stops accepting piles, if it still does, and lets the server go. */
  @Override
  public void stop() {
    if (server != null) {
      server.stop(stopGrace);
      server = null;
    }
  }

  /**
   * Makes {@code factory} the platform's endpoint and starts accepting piles.
   *
   * @throws ResourceException when the port cannot be bound (taken, or no such address): the MDB
   *     then fails to deploy, so the failure shows at deployment rather than at the first pile
   */
  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    dispatcher.activate(factory);
    try {
      server().start();
    } catch (InterruptedException e) {
      dispatcher.deactivate(factory);
      Thread.currentThread().interrupt();
      throw new ResourceAdapterInternalException("interrupted while binding the YKC port", e);
    } catch (RuntimeException e) {
      dispatcher.deactivate(factory);
      throw new ResourceAdapterInternalException("cannot listen for piles: " + e, e);
    }
    LOG.info(() -> "YKC platform endpoint activated: " + factory.getActivationName());
  }

  /**
   * Stops accepting piles and disconnects them, waiting up to {@code ykc.stop-grace-seconds} for
   * the messages being handed to {@code factory}, and only then lets the endpoint go, so nothing
   * arrives at an endpoint the container is taking away.
   */
  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    if (dispatcher.isActive(factory) && server != null) {
      server.stop(stopGrace);
    }
    dispatcher.deactivate(factory);
    LOG.info(() -> "YKC platform endpoint deactivated: " + factory.getActivationName());
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  /**
   * The server, for the outbound connections: between {@link #start} and {@link #stop}, listening
   * or not (see {@link YkcServer#status()}).
   *
   * @throws IllegalStateException when the adapter is not started
   */
  public YkcServer server() {
    YkcServer running = server;
    if (running == null) {
      throw new IllegalStateException("the YKC resource adapter is not started");
    }
    return running;
  }

  public String getHost() {
    return host;
  }

  @ConfigProperty(defaultValue = "0.0.0.0", description = "Address the YKC server binds")
  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  @ConfigProperty(defaultValue = "8767", description = "TCP port piles connect to")
  public void setPort(Integer port) {
    this.port = port;
  }

  public Integer getIoThreads() {
    return ioThreads;
  }

  @ConfigProperty(defaultValue = "0", description = "Netty event loops; 0 = one per core (min 2)")
  public void setIoThreads(Integer ioThreads) {
    this.ioThreads = ioThreads;
  }

  public Integer getLoginTimeoutSeconds() {
    return loginTimeoutSeconds;
  }

  @ConfigProperty(defaultValue = "30", description = "Seconds a new connection has to log in")
  public void setLoginTimeoutSeconds(Integer loginTimeoutSeconds) {
    this.loginTimeoutSeconds = loginTimeoutSeconds;
  }

  public Integer getIdleTimeoutSeconds() {
    return idleTimeoutSeconds;
  }

  @ConfigProperty(
      defaultValue = "35",
      description = "Seconds of silence after which a pile is disconnected and offline")
  public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
    this.idleTimeoutSeconds = idleTimeoutSeconds;
  }

  public Integer getMaxBadFramesInARow() {
    return maxBadFramesInARow;
  }

  @ConfigProperty(defaultValue = "5", description = "Bad frames in a row that close a connection")
  public void setMaxBadFramesInARow(Integer maxBadFramesInARow) {
    this.maxBadFramesInARow = maxBadFramesInARow;
  }

  public Integer getMaxQueuedPerPile() {
    return maxQueuedPerPile;
  }

  @ConfigProperty(
      defaultValue = "64",
      description = "Messages of one pile waiting for the platform before reading pauses")
  public void setMaxQueuedPerPile(Integer maxQueuedPerPile) {
    this.maxQueuedPerPile = maxQueuedPerPile;
  }

  public Integer getCommandTimeoutSeconds() {
    return commandTimeoutSeconds;
  }

  @ConfigProperty(defaultValue = "10", description = "Seconds to wait for a reply to one try")
  public void setCommandTimeoutSeconds(Integer commandTimeoutSeconds) {
    this.commandTimeoutSeconds = commandTimeoutSeconds;
  }

  public Integer getCommandAttempts() {
    return commandAttempts;
  }

  @ConfigProperty(defaultValue = "3", description = "Tries of retried commands (spec 11.4)")
  public void setCommandAttempts(Integer commandAttempts) {
    this.commandAttempts = commandAttempts;
  }

  public Integer getMaxQueuedCommandsPerPile() {
    return maxQueuedCommandsPerPile;
  }

  @ConfigProperty(defaultValue = "32", description = "Commands to one pile waiting their turn")
  public void setMaxQueuedCommandsPerPile(Integer maxQueuedCommandsPerPile) {
    this.maxQueuedCommandsPerPile = maxQueuedCommandsPerPile;
  }

  public Integer getTimeSyncIntervalMinutes() {
    return timeSyncIntervalMinutes;
  }

  @ConfigProperty(defaultValue = "480", description = "Minutes between clock syncs of a pile")
  public void setTimeSyncIntervalMinutes(Integer timeSyncIntervalMinutes) {
    this.timeSyncIntervalMinutes = timeSyncIntervalMinutes;
  }

  public Integer getStopGraceSeconds() {
    return stopGraceSeconds;
  }

  @ConfigProperty(
      defaultValue = "10",
      description = "Seconds stopping waits for messages being handed to the platform")
  public void setStopGraceSeconds(Integer stopGraceSeconds) {
    this.stopGraceSeconds = stopGraceSeconds;
  }

  public Integer getRealTimeQueue() {
    return realTimeQueue;
  }

  @ConfigProperty(
      defaultValue = "100000",
      description = "Real-time frames waiting to be stored; more are dropped and counted")
  public void setRealTimeQueue(Integer realTimeQueue) {
    this.realTimeQueue = realTimeQueue;
  }

  public Integer getRealTimeBatch() {
    return realTimeBatch;
  }

  @ConfigProperty(defaultValue = "1000", description = "Real-time frames stored per transaction")
  public void setRealTimeBatch(Integer realTimeBatch) {
    this.realTimeBatch = realTimeBatch;
  }

  public Integer getRealTimeFlushMillis() {
    return realTimeFlushMillis;
  }

  @ConfigProperty(
      defaultValue = "1000",
      description = "Milliseconds between handing collected real-time frames to the platform")
  public void setRealTimeFlushMillis(Integer realTimeFlushMillis) {
    this.realTimeFlushMillis = realTimeFlushMillis;
  }

  public Integer getMaxConcurrentDeliveries() {
    return maxConcurrentDeliveries;
  }

  @ConfigProperty(
      defaultValue = "16",
      description =
          "Pile messages handed to the platform's MDB at once; at most the MDB pool's size")
  public void setMaxConcurrentDeliveries(Integer maxConcurrentDeliveries) {
    this.maxConcurrentDeliveries = maxConcurrentDeliveries;
  }

  /**
   * Identity: each deployed adapter is its own instance with its own server (JCA 1.7 §5.3.1 asks a
   * resource adapter to declare {@code equals} and {@code hashCode}; WildFly's archive validation
   * refuses an adapter that does not).
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
