package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.HolsterState;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.ReadRealTimeData;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.StartFailureReason;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.protocol.message.WorkParameters;
import cn.evpark.ykc.protocol.message.WorkParametersReply;
import io.netty.channel.EventLoop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Charging physics and real-time data: sessions accrue energy at the configured power (limited by
 * the work parameters, 0x52/0x51) per data interval, split by the tariff tier of the pile clock's
 * time; DC sessions fill a battery from a random state of charge and stop at 100 %. Real-time data
 * (0x13) goes out as state changes, by cadence, and on request (0x12). A session ends with its
 * transaction record, handed to {@link TransactionRecords}.
 *
 * <p>Runs on: the pile's event loop.
 */
final class Charging implements Capability {

  private static final BigDecimal WATT_MILLIS_PER_KWH = BigDecimal.valueOf(3_600_000_000L);

  private final SimulatorConfig config;
  private final PileCode code;
  private final EventLoop loop;
  private final Random random;
  private final PileLink link;
  private final Guns guns;
  private final BillingModels models;
  private final TransactionRecords records;
  private Runnable whenAllIdle = () -> {};
  private boolean outOfService;
  private int maxPowerPercent = 100;

  Charging(
      SimulatorConfig config,
      PileCode code,
      EventLoop loop,
      Random random,
      PileLink link,
      Guns guns,
      BillingModels models,
      TransactionRecords records) {
    this.config = config;
    this.code = code;
    this.loop = loop;
    this.random = random;
    this.link = link;
    this.guns = guns;
    this.models = models;
    this.records = records;
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        ReadRealTimeData.class,
        (frame, read) -> {
          if (guns.valid(read.gun())) {
            sendRealTimeData(guns.at(read.gun()), frame);
          }
        });
    downlink.on(
        WorkParameters.class,
        (frame, parameters) -> {
          outOfService = parameters.outOfService();
          maxPowerPercent = parameters.maxPowerPercent();
          link.reply(frame, new WorkParametersReply(code, true));
        });
  }

  @Override
  public void loggedIn(ConnectionTasks tasks) {
    tasks.every(this::idleData, config.idleDataInterval().toMillis());
    for (Gun g : guns) {
      sendRealTimeData(g, null);
    }
  }

  /** Runs {@code action} each time the last charging gun ends its session. */
  void whenAllIdle(Runnable action) {
    this.whenAllIdle = action;
  }

  boolean outOfService() {
    return outOfService;
  }

  int maxPowerPercent() {
    return maxPowerPercent;
  }

  /** Why the gun cannot start a session now, or NONE. A disabled pile refuses (§8.1). */
  StartFailureReason canStart(Gun g) {
    if (outOfService || models.model().isEmpty()) {
      return StartFailureReason.DEVICE_FAULT;
    }
    if (g.session != null || g.swipe != null || g.parallelRequest != null) {
      return StartFailureReason.GUN_ALREADY_CHARGING;
    }
    if (!g.plugged) {
      return StartFailureReason.GUN_NOT_PLUGGED_IN;
    }
    return StartFailureReason.NONE;
  }

  /** Starts charging on the pile's billing model; real-time data follow at once and by cadence. */
  void start(
      Gun g,
      TransactionSerial serial,
      TransactionType type,
      PhysicalCardNumber card,
      BigDecimal balance) {
    ChargingSession s =
        new ChargingSession(
            serial,
            type,
            card,
            models.model().orElseThrow(),
            now(),
            g.meter,
            20 + random.nextInt(21));
    s.balance = balance;
    g.session = s;
    long interval = config.chargingDataInterval().toMillis();
    g.dataTask = loop.scheduleAtFixedRate(() -> tick(g), interval, interval, TimeUnit.MILLISECONDS);
    sendRealTimeData(g, null);
  }

  /** Ends the gun's session for {@code reason}; its record is kept until acknowledged. */
  TransactionRecord end(Gun g, StopReason reason) {
    ChargingSession s = g.session;
    g.session = null;
    g.dataTask.cancel(false);
    TransactionRecord record = records.recordOf(g, s, reason);
    sendRealTimeData(g, null);
    records.keep(record);
    if (guns.allIdle()) {
      whenAllIdle.run();
    }
    return record;
  }

  /** Ends every running session for {@code reason}. */
  void endAll(StopReason reason) {
    for (Gun g : guns) {
      if (g.session != null) {
        end(g, reason);
      }
    }
  }

  /**
   * A session charged on the pile's own authority, half an hour ending now, all at the tier of now.
   *
   * @throws IllegalStateException if the gun is busy or the pile holds no billing model
   */
  TransactionRecord chargeOffline(
      Gun g, TransactionSerial serial, PhysicalCardNumber card, BigDecimal kwh) {
    if (g.session != null || models.model().isEmpty()) {
      throw new IllegalStateException("gun " + g.number + " cannot charge offline now");
    }
    var model = models.model().get();
    Cp56Time2a start =
        Cp56Time2a.of(
            LocalDateTime.now(config.clock()).minusMinutes(30).truncatedTo(ChronoUnit.MILLIS));
    ChargingSession s =
        new ChargingSession(serial, TransactionType.OFFLINE_CARD, card, model, start, g.meter, 20);
    s.energy.put(
        model.tierAt(LocalDateTime.now(config.clock()).toLocalTime()),
        kwh.setScale(4, RoundingMode.UNNECESSARY));
    TransactionRecord record = records.recordOf(g, s, StopReason.SOC_FULL);
    records.keep(record);
    return record;
  }

  /** The gun's status as 0x13 reports it. */
  GunStatus status(Gun g) {
    return g.session != null ? GunStatus.CHARGING : GunStatus.IDLE;
  }

  /** Sends the gun's real-time data (0x13), as the answer to {@code request} if not null. */
  void sendRealTimeData(Gun g, YkcFrame request) {
    ChargingSession s = g.session;
    RealTimeData data = s == null ? idle(g) : charging(g, s);
    if (request == null) {
      link.send(data);
    } else {
      link.reply(request, data);
    }
  }

  private RealTimeData idle(Gun g) {
    return new RealTimeData(
        TransactionSerial.NONE,
        code,
        g.number,
        Code.of(status(g)),
        Code.of(g.plugged ? HolsterState.OUT : HolsterState.HOLSTERED),
        g.plugged,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        -50,
        0,
        0,
        -50,
        0,
        0,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0);
  }

  private RealTimeData charging(Gun g, ChargingSession s) {
    boolean dc = config.pileType() == PileType.DC;
    int soc = soc(s);
    BigDecimal voltage = BigDecimal.valueOf(dc ? 3500 + soc * 5L : 2200, 1);
    BigDecimal current = BigDecimal.valueOf(powerWatts()).divide(voltage, 1, RoundingMode.HALF_UP);
    BigDecimal energy = s.totalEnergy();
    int remaining =
        dc && powerWatts() > 0
            ? (int) ((100 - soc) * config.batteryKwh() * 600L / powerWatts())
            : 0;
    return new RealTimeData(
        s.serial,
        code,
        g.number,
        Code.of(GunStatus.CHARGING),
        Code.of(HolsterState.OUT),
        true,
        voltage,
        current,
        35,
        0,
        soc,
        dc ? 28 : -50,
        (int) Math.min(65535, s.millis / 60_000),
        Math.min(65535, remaining),
        energy,
        energy,
        s.totalAmount(),
        0);
  }

  private void tick(Gun g) {
    ChargingSession s = g.session;
    if (s == null) {
      return;
    }
    long millis = config.chargingDataInterval().toMillis();
    s.millis += millis;
    BigDecimal energy =
        BigDecimal.valueOf(powerWatts() * millis)
            .divide(WATT_MILLIS_PER_KWH, 4, RoundingMode.HALF_UP);
    Tier tier = s.model.tierAt(LocalDateTime.now(config.clock()).toLocalTime());
    s.energy.merge(tier, energy, BigDecimal::add);
    if (soc(s) >= 100) {
      end(g, StopReason.SOC_FULL);
      return;
    }
    sendRealTimeData(g, null);
  }

  private void idleData() {
    for (Gun g : guns) {
      if (g.session == null) {
        sendRealTimeData(g, null);
      }
    }
  }

  private long powerWatts() {
    return config.chargePowerKw() * 1000L * maxPowerPercent / 100;
  }

  private int soc(ChargingSession s) {
    if (config.pileType() == PileType.AC) {
      return 0;
    }
    int added =
        s.totalEnergy()
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(config.batteryKwh()), 0, RoundingMode.DOWN)
            .intValue();
    return Math.min(100, s.startSoc + added);
  }

  private Cp56Time2a now() {
    return Cp56Time2a.of(LocalDateTime.now(config.clock()).truncatedTo(ChronoUnit.MILLIS));
  }
}
