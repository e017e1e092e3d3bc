package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.message.PileType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the virtual piles of one {@link Simulator} behave. Defaults follow the spec's cadences
 * ({@code ykc-protocol.md §4, §11}); tests shorten them.
 *
 * @param host platform host
 * @param port platform port
 * @param guns guns per pile
 * @param pileType DC or AC
 * @param protocolVersion version × 10 sent in the login (16 = V1.6); a 1.7 pile (17) sends its
 *     records as 0x3D, any other as 0x3B ({@code docs/ykc-versions.md})
 * @param heartbeatInterval time between heartbeats (spec: 10 s)
 * @param heartbeatPerGun true to send one heartbeat per gun, false for gun 1 only
 * @param chargingDataInterval real-time data while charging (spec: 15 s)
 * @param idleDataInterval real-time data while idle (spec: 5 min)
 * @param groundLocks true for a pile with a ground lock at each gun's bay, reporting 0x61 and
 *     obeying 0x62 ({@code ykc-protocol.md §8.5}); false answers every 0x62 with a failure
 * @param lockStatusInterval ground-lock status while nothing changes (spec: 5 min)
 * @param replyTimeout how long a request waits for its reply before it counts as unanswered and
 *     login, model verification and model requests are sent again
 * @param recordRetryInterval time between re-sends of an unacknowledged transaction record (spec:
 *     30 s)
 * @param lateStartWindow how long a remote start refused for "not plugged in" may still succeed
 *     (spec: 60 s)
 * @param reconnectMin first reconnect delay; doubled per failed attempt
 * @param reconnectMax longest reconnect delay
 * @param chargePowerKw charging power at 100 % work parameters
 * @param batteryKwh simulated battery capacity, for SOC
 * @param sourceAddresses local addresses to bind before connecting, spread round-robin over the
 *     piles (several 127.0.0.x get a load run past one address's ephemeral ports); empty = any
 * @param ioThreads event-loop threads shared by all piles; 0 = Netty's default
 * @param keepReceivedFrames true to keep every received frame for {@link VirtualPile#received};
 *     load runs turn it off
 * @param clock the piles' clock, local China time; drives billing-model tiers and times
 */
public record SimulatorConfig(
    String host,
    int port,
    int guns,
    PileType pileType,
    int protocolVersion,
    Duration heartbeatInterval,
    boolean heartbeatPerGun,
    Duration chargingDataInterval,
    Duration idleDataInterval,
    boolean groundLocks,
    Duration lockStatusInterval,
    Duration replyTimeout,
    Duration recordRetryInterval,
    Duration lateStartWindow,
    Duration reconnectMin,
    Duration reconnectMax,
    int chargePowerKw,
    int batteryKwh,
    List<InetAddress> sourceAddresses,
    int ioThreads,
    boolean keepReceivedFrames,
    Clock clock) {

  /** China Standard Time: the zone of every CP56Time2a. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public SimulatorConfig {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
    if (guns < 1 || guns > 99) {
      throw new IllegalArgumentException("guns must be 1..99: " + guns);
    }
    Objects.requireNonNull(pileType, "pileType");
    for (Duration d :
        List.of(
            heartbeatInterval,
            chargingDataInterval,
            idleDataInterval,
            lockStatusInterval,
            replyTimeout,
            recordRetryInterval,
            lateStartWindow,
            reconnectMin,
            reconnectMax)) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive: " + d);
      }
    }
    if (chargePowerKw < 1 || batteryKwh < 1) {
      throw new IllegalArgumentException("power and battery must be positive");
    }
    sourceAddresses = List.copyOf(sourceAddresses);
    Objects.requireNonNull(clock, "clock");
  }

  /** A builder with the spec's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The loopback addresses 127.0.0.1 .. 127.0.0.{@code count}. */
  public static List<InetAddress> loopbackAddresses(int count) {
    List<InetAddress> addresses = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      try {
        addresses.add(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}));
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    return addresses;
  }

  /** Builds a {@link SimulatorConfig}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8767;
    private int guns = 2;
    private PileType pileType = PileType.DC;
    private int protocolVersion = 16;
    private Duration heartbeatInterval = Duration.ofSeconds(10);
    private boolean heartbeatPerGun = true;
    private Duration chargingDataInterval = Duration.ofSeconds(15);
    private Duration idleDataInterval = Duration.ofMinutes(5);
    private boolean groundLocks = false;
    private Duration lockStatusInterval = Duration.ofMinutes(5);
    private Duration replyTimeout = Duration.ofSeconds(10);
    private Duration recordRetryInterval = Duration.ofSeconds(30);
    private Duration lateStartWindow = Duration.ofSeconds(60);
    private Duration reconnectMin = Duration.ofSeconds(1);
    private Duration reconnectMax = Duration.ofSeconds(30);
    private int chargePowerKw = 60;
    private int batteryKwh = 60;
    private List<InetAddress> sourceAddresses = List.of();
    private int ioThreads = 0;
    private boolean keepReceivedFrames = true;
    private Clock clock = Clock.system(CHINA);

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder guns(int guns) {
      this.guns = guns;
      return this;
    }

    public Builder pileType(PileType pileType) {
      this.pileType = pileType;
      return this;
    }

    public Builder protocolVersion(int protocolVersion) {
      this.protocolVersion = protocolVersion;
      return this;
    }

    public Builder heartbeatInterval(Duration heartbeatInterval) {
      this.heartbeatInterval = heartbeatInterval;
      return this;
    }

    public Builder heartbeatPerGun(boolean heartbeatPerGun) {
      this.heartbeatPerGun = heartbeatPerGun;
      return this;
    }

    public Builder chargingDataInterval(Duration chargingDataInterval) {
      this.chargingDataInterval = chargingDataInterval;
      return this;
    }

    public Builder idleDataInterval(Duration idleDataInterval) {
      this.idleDataInterval = idleDataInterval;
      return this;
    }

    public Builder groundLocks(boolean groundLocks) {
      this.groundLocks = groundLocks;
      return this;
    }

    public Builder lockStatusInterval(Duration lockStatusInterval) {
      this.lockStatusInterval = lockStatusInterval;
      return this;
    }

    public Builder replyTimeout(Duration replyTimeout) {
      this.replyTimeout = replyTimeout;
      return this;
    }

    public Builder recordRetryInterval(Duration recordRetryInterval) {
      this.recordRetryInterval = recordRetryInterval;
      return this;
    }

    public Builder lateStartWindow(Duration lateStartWindow) {
      this.lateStartWindow = lateStartWindow;
      return this;
    }

    public Builder reconnect(Duration min, Duration max) {
      this.reconnectMin = min;
      this.reconnectMax = max;
      return this;
    }

    public Builder chargePowerKw(int chargePowerKw) {
      this.chargePowerKw = chargePowerKw;
      return this;
    }

    public Builder batteryKwh(int batteryKwh) {
      this.batteryKwh = batteryKwh;
      return this;
    }

    public Builder sourceAddresses(List<InetAddress> sourceAddresses) {
      this.sourceAddresses = sourceAddresses;
      return this;
    }

    public Builder ioThreads(int ioThreads) {
      this.ioThreads = ioThreads;
      return this;
    }

    public Builder keepReceivedFrames(boolean keepReceivedFrames) {
      this.keepReceivedFrames = keepReceivedFrames;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public SimulatorConfig build() {
      return new SimulatorConfig(
          host,
          port,
          guns,
          pileType,
          protocolVersion,
          heartbeatInterval,
          heartbeatPerGun,
          chargingDataInterval,
          idleDataInterval,
          groundLocks,
          lockStatusInterval,
          replyTimeout,
          recordRetryInterval,
          lateStartWindow,
          reconnectMin,
          reconnectMax,
          chargePowerKw,
          batteryKwh,
          sourceAddresses,
          ioThreads,
          keepReceivedFrames,
          clock);
    }
  }
}
