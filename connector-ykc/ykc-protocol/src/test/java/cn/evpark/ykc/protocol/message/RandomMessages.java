package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Valid messages of every type with random field values, spanning each field's whole range. */
public final class RandomMessages {

  private final Random r;

  public RandomMessages(Random random) {
    this.r = random;
  }

  /** Every frame type of the table, UNKNOWN excluded. */
  public static List<FrameType> knownTypes() {
    return java.util.Arrays.stream(FrameType.values()).filter(t -> t != FrameType.UNKNOWN).toList();
  }

  /** A random message of {@code type}; {@link FrameType#UNKNOWN} gives a {@link RawMessage}. */
  public YkcMessage of(FrameType type) {
    return switch (type) {
      case LOGIN ->
          new Login(
              pile(),
              code(PileType.class),
              u8(),
              code(ProtocolVersion.class),
              text(8),
              code(NetworkType.class),
              hex(20),
              u8());
      case LOGIN_REPLY -> new LoginReply(pile(), r.nextBoolean());
      case HEARTBEAT -> new Heartbeat(pile(), gun(), code(GunHealth.class));
      case HEARTBEAT_REPLY -> new HeartbeatReply(pile(), gun(), u8());
      case BILLING_MODEL_VERIFY -> new BillingModelVerify(pile(), model());
      case BILLING_MODEL_VERIFY_REPLY ->
          new BillingModelVerifyReply(pile(), model(), r.nextBoolean());
      case BILLING_MODEL_REQUEST -> new BillingModelRequest(pile());
      case BILLING_MODEL_REPLY -> new BillingModelReply(pile(), billingModel());
      case READ_REAL_TIME_DATA -> new ReadRealTimeData(pile(), gun());
      case REAL_TIME_DATA ->
          new RealTimeData(
              serial(),
              pile(),
              gun(),
              code(GunStatus.class),
              code(HolsterState.class),
              code(Flag.class),
              scaled(1, 0xFFFF),
              scaled(1, 0xFFFF),
              r.nextInt(256) - 50,
              r.nextLong(),
              u8(),
              r.nextInt(256) - 50,
              u16(),
              u16(),
              scaled(4, 0xFFFF_FFFFL),
              scaled(4, 0xFFFF_FFFFL),
              scaled(4, 0xFFFF_FFFFL),
              u16());
      case CHARGING_HANDSHAKE -> new ChargingHandshake(serial(), pile(), gun(), bytes(49));
      case PARAMETER_CONFIGURATION ->
          new ParameterConfiguration(serial(), pile(), gun(), bytes(21));
      case CHARGING_END -> new ChargingEnd(serial(), pile(), gun(), bytes(15));
      case BMS_ERROR -> new BmsError(serial(), pile(), gun(), bytes(8));
      case BMS_STOP -> new BmsStop(serial(), pile(), gun(), bytes(4));
      case CHARGER_STOP -> new ChargerStop(serial(), pile(), gun(), bytes(4));
      case BMS_DEMAND_AND_OUTPUT -> new BmsDemandAndOutput(serial(), pile(), gun(), bytes(20));
      case BMS_STATUS -> new BmsStatus(serial(), pile(), gun(), bytes(7));
      case CARD_START_REQUEST ->
          new CardStartRequest(
              pile(),
              gun(),
              code(StartMethod.class),
              code(Flag.class),
              physical(),
              bytes(16),
              text(17));
      case CARD_START_REPLY ->
          new CardStartReply(
              serial(),
              pile(),
              gun(),
              logical(),
              balance(),
              r.nextBoolean(),
              pick(AuthFailureReason.class));
      case REMOTE_START_RESULT ->
          new RemoteStartResult(
              serial(), pile(), gun(), code(Flag.class), code(StartFailureReason.class));
      case REMOTE_START ->
          new RemoteStart(serial(), pile(), gun(), logical(), physical(), balance());
      case REMOTE_STOP_RESULT ->
          new RemoteStopResult(pile(), gun(), code(Flag.class), code(StopFailureReason.class));
      case REMOTE_STOP -> new RemoteStop(pile(), gun());
      case TRANSACTION_RECORD -> transactionRecord();
      case TRANSACTION_RECORD_V17 -> new TransactionRecordV17(transactionRecord(), meter());
      case TRANSACTION_RECORD_ACK ->
          new TransactionRecordAck(serial(), pick(TransactionAckResult.class));
      case BALANCE_UPDATE_REPLY ->
          new BalanceUpdateReply(pile(), physical(), code(BalanceUpdateResult.class));
      case BALANCE_UPDATE -> new BalanceUpdate(pile(), gun(), physical(), balance());
      case OFFLINE_CARD_SYNC_REPLY ->
          new OfflineCardSyncReply(pile(), code(Flag.class), code(CardSyncFailure.class));
      case OFFLINE_CARD_SYNC ->
          new OfflineCardSync(pile(), list(15, () -> new OfflineCard(logical(), physical())));
      case OFFLINE_CARD_CLEAR_REPLY ->
          new OfflineCardClearReply(
              pile(), list(24, () -> new ClearedCard(physical(), code(Flag.class), u8())));
      case OFFLINE_CARD_CLEAR -> new OfflineCardClear(pile(), list(24, this::physical));
      case OFFLINE_CARD_QUERY_REPLY ->
          new OfflineCardQueryReply(
              pile(), list(27, () -> new CardPresence(physical(), code(Flag.class))));
      case OFFLINE_CARD_QUERY -> new OfflineCardQuery(pile(), list(26, this::physical));
      case WORK_PARAMETERS_REPLY -> new WorkParametersReply(pile(), code(Flag.class));
      case WORK_PARAMETERS -> new WorkParameters(pile(), r.nextBoolean(), 30 + r.nextInt(71));
      case TIME_SYNC_REPLY -> new TimeSyncReply(pile(), time());
      case TIME_SYNC -> new TimeSync(pile(), time());
      case BILLING_MODEL_SET_REPLY -> new BillingModelSetReply(pile(), code(Flag.class));
      case BILLING_MODEL_SET -> new BillingModelSet(pile(), billingModel());
      case GROUND_LOCK_STATUS ->
          new GroundLockStatus(
              pile(),
              u8(),
              code(LockState.class),
              code(ParkingSpaceState.class),
              r.nextInt(101),
              code(LockAlarm.class),
              bytes(4));
      case GROUND_LOCK_COMMAND ->
          new GroundLockCommand(pile(), u8(), pick(LockAction.class), bytes(4));
      case GROUND_LOCK_RESULT -> new GroundLockResult(pile(), u8(), code(Flag.class), bytes(4));
      case REMOTE_REBOOT_REPLY -> new RemoteRebootReply(pile(), code(Flag.class));
      case REMOTE_REBOOT -> new RemoteReboot(pile(), pick(ExecutionControl.class));
      case REMOTE_UPDATE_REPLY -> new RemoteUpdateReply(pile(), code(UpdateStatus.class));
      case REMOTE_UPDATE ->
          new RemoteUpdate(
              pile(),
              pick(UpdatePileType.class),
              u16(),
              text(16),
              u16(),
              text(16),
              text(16),
              text(32),
              pick(ExecutionControl.class),
              u8());
      case PARALLEL_START_REQUEST ->
          new ParallelStartRequest(
              pile(),
              gun(),
              code(StartMethod.class),
              code(Flag.class),
              physical(),
              bytes(16),
              text(17),
              code(GunRole.class),
              parallel());
      case PARALLEL_START_REPLY ->
          new ParallelStartReply(
              serial(),
              pile(),
              gun(),
              logical(),
              balance(),
              r.nextBoolean(),
              pick(AuthFailureReason.class),
              parallel());
      case PARALLEL_REMOTE_START_RESULT ->
          new ParallelRemoteStartResult(
              serial(),
              pile(),
              gun(),
              code(Flag.class),
              code(StartFailureReason.class),
              code(GunRole.class),
              parallel());
      case PARALLEL_REMOTE_START ->
          new ParallelRemoteStart(
              serial(), pile(), gun(), logical(), physical(), balance(), parallel());
      case QR_PREFIX -> new QrPrefix(pile(), pick(QrPrefixKind.class), latin1(r.nextInt(243)));
      case QR_PREFIX_REPLY -> new QrPrefixReply(pile(), code(Flag.class));
      case UNKNOWN -> raw();
    };
  }

  /** A raw message of a code outside the table. */
  public RawMessage raw() {
    int code;
    do {
      code = u8();
    } while (FrameType.ofCode(code).isPresent());
    return new RawMessage(code, bytes(r.nextInt(252)));
  }

  private int u8() {
    return r.nextInt(256);
  }

  private int u16() {
    return r.nextInt(65536);
  }

  private int gun() {
    return r.nextInt(100);
  }

  /**
   * A code a pile sends, over its whole byte: a listed constant half of the time, else any byte, so
   * values the table lacks are covered.
   */
  /** A random 0x3B, also the bill of a random 0x3D. */
  TransactionRecord transactionRecord() {
    return new TransactionRecord(
        serial(),
        pile(),
        gun(),
        time(),
        time(),
        usage(),
        usage(),
        usage(),
        usage(),
        scaled(4, 0xFF_FFFF_FFFFL),
        scaled(4, 0xFF_FFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL),
        text(17),
        code(TransactionType.class),
        time(),
        new StopReason(u8()),
        physical());
  }

  /** A random meter part of a 0x3D. */
  MeterReport meter() {
    return new MeterReport(hex(12), bytes(MeterReport.CIPHERTEXT_LENGTH), u16(), u8());
  }

  private <E extends Enum<E> & Coded> Code<E> code(Class<E> type) {
    return r.nextBoolean() ? Code.of(pick(type)) : Code.of(type, r.nextInt(256));
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  private String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789ABCDEF".charAt(r.nextInt(16)));
    }
    return sb.toString();
  }

  /** Text of up to {@code max} single-byte characters, not ending in NUL. */
  private String text(int max) {
    String s = latin1(r.nextInt(max + 1));
    return s.isEmpty() || s.charAt(s.length() - 1) != 0 ? s : s.substring(0, s.length() - 1);
  }

  private String latin1(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = r.nextInt(4) == 0 ? (char) r.nextInt(256) : (char) (' ' + r.nextInt(95));
    }
    return new String(chars);
  }

  private Bytes bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return Bytes.of(b);
  }

  private BigDecimal scaled(int scale, long max) {
    long v = r.nextInt(4) == 0 ? max : (long) (r.nextDouble() * max);
    return BigDecimal.valueOf(r.nextInt(8) == 0 ? 0 : v, scale);
  }

  private BigDecimal balance() {
    return scaled(2, 0xFFFF_FFFFL);
  }

  PileCode pile() {
    return new PileCode(digits(14));
  }

  private TransactionSerial serial() {
    return new TransactionSerial(hex(32));
  }

  private BillingModelNumber model() {
    return new BillingModelNumber(hex(4));
  }

  private LogicalCardNumber logical() {
    return new LogicalCardNumber(hex(16));
  }

  private PhysicalCardNumber physical() {
    return new PhysicalCardNumber(hex(16));
  }

  private ParallelSessionNumber parallel() {
    return new ParallelSessionNumber(hex(12));
  }

  private Cp56Time2a time() {
    return new Cp56Time2a(r.nextLong() & 0xFF_FFFF_FFFF_FFFFL);
  }

  private TierUsage usage() {
    return new TierUsage(
        scaled(5, 0xFFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL),
        scaled(4, 0xFFFF_FFFFL));
  }

  private TierPrice tierPrice() {
    return new TierPrice(scaled(5, 0xFFFF_FFFFL), scaled(5, 0xFFFF_FFFFL));
  }

  private BillingModel billingModel() {
    List<Tier> slots = new ArrayList<>();
    for (int i = 0; i < BillingModel.SLOTS; i++) {
      slots.add(pick(Tier.class));
    }
    return new BillingModel(
        model(), tierPrice(), tierPrice(), tierPrice(), tierPrice(), u8(), slots);
  }

  private <T> List<T> list(int max, Supplier<T> item) {
    int n = r.nextInt(max + 1);
    List<T> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(item.get());
    }
    return items;
  }
}
