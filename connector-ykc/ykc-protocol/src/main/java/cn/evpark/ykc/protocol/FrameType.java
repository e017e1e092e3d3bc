package cn.evpark.ykc.protocol;

import java.util.Optional;

/**
 * Every frame type of the message table ({@code ykc-protocol.md §4}), V1.5 and V1.6, and V1.7's
 * 0x3D ({@code docs/ykc-versions.md}).
 *
 * <p>Body lengths are LEN − 4. Variable types give their minimum and maximum body length; the
 * maximum follows from the item limits of the spec and from LEN being one byte. Pile-originated
 * codes are odd, platform-originated codes even; 0xA3/0xA4 follow that rule although the document's
 * summary table swaps them (§4 notes).
 */
public enum FrameType {
  LOGIN(0x01, Direction.UPLINK, "充电桩登录认证", "Login", 30, 30, 0x02),
  LOGIN_REPLY(0x02, Direction.DOWNLINK, "登录认证应答", "Login reply", 8, 8, -1),
  HEARTBEAT(0x03, Direction.UPLINK, "充电桩心跳包", "Heartbeat", 9, 9, 0x04),
  HEARTBEAT_REPLY(0x04, Direction.DOWNLINK, "心跳包应答", "Heartbeat reply", 9, 9, -1),
  BILLING_MODEL_VERIFY(
      0x05, Direction.UPLINK, "计费模型验证请求", "Billing-model verification request", 9, 9, 0x06),
  BILLING_MODEL_VERIFY_REPLY(
      0x06, Direction.DOWNLINK, "计费模型验证请求应答", "Billing-model verification reply", 10, 10, -1),
  BILLING_MODEL_REQUEST(0x09, Direction.UPLINK, "充电桩计费模型请求", "Billing-model request", 7, 7, 0x0A),
  BILLING_MODEL_REPLY(0x0A, Direction.DOWNLINK, "计费模型请求应答", "Billing-model reply", 90, 90, -1),
  READ_REAL_TIME_DATA(0x12, Direction.DOWNLINK, "读取实时监测数据", "Read real-time data", 8, 8, 0x13),
  REAL_TIME_DATA(0x13, Direction.UPLINK, "上传实时监测数据", "Real-time monitoring data", 60, 60, -1),
  CHARGING_HANDSHAKE(0x15, Direction.UPLINK, "充电握手", "Charging handshake (BRM)", 73, 73, -1),
  PARAMETER_CONFIGURATION(
      0x17, Direction.UPLINK, "参数配置", "Parameter configuration (BCP)", 45, 45, -1),
  CHARGING_END(0x19, Direction.UPLINK, "充电结束", "Charging end (BSD/CSD)", 39, 39, -1),
  BMS_ERROR(0x1B, Direction.UPLINK, "错误报文", "Error frame (BEM/CEM)", 32, 32, -1),
  BMS_STOP(0x1D, Direction.UPLINK, "充电阶段BMS中止", "BMS stop during charging (BST)", 28, 28, -1),
  CHARGER_STOP(
      0x21, Direction.UPLINK, "充电阶段充电机中止", "Charger stop during charging (CST)", 28, 28, -1),
  BMS_DEMAND_AND_OUTPUT(
      0x23,
      Direction.UPLINK,
      "充电过程BMS需求与充电机输出",
      "BMS demand and charger output (BCL/BCS/CCS)",
      44,
      44,
      -1),
  BMS_STATUS(0x25, Direction.UPLINK, "充电过程BMS信息", "BMS status info (BSM)", 31, 31, -1),
  CARD_START_REQUEST(
      0x31, Direction.UPLINK, "充电桩主动申请启动充电", "Pile-initiated start request", 51, 51, 0x32),
  CARD_START_REPLY(0x32, Direction.DOWNLINK, "运营平台确认启动充电", "Start authorisation reply", 38, 38, -1),
  REMOTE_START_RESULT(0x33, Direction.UPLINK, "远程启机命令回复", "Remote-start result", 26, 26, -1),
  REMOTE_START(0x34, Direction.DOWNLINK, "运营平台远程控制启机", "Remote start", 44, 44, 0x33),
  REMOTE_STOP_RESULT(0x35, Direction.UPLINK, "远程停机命令回复", "Remote-stop result", 10, 10, -1),
  REMOTE_STOP(0x36, Direction.DOWNLINK, "运营平台远程停机", "Remote stop", 8, 8, 0x35),
  TRANSACTION_RECORD(0x3B, Direction.UPLINK, "交易记录", "Transaction record", 158, 158, 0x40),
  /** V1.7's transaction record: 0x3B's body with the meter's 43 bytes (docs/ykc-versions.md). */
  TRANSACTION_RECORD_V17(
      0x3D, Direction.UPLINK, "交易记录", "Transaction record (V1.7)", 201, 201, 0x40),
  TRANSACTION_RECORD_ACK(
      0x40, Direction.DOWNLINK, "交易记录确认", "Transaction record acknowledgement", 17, 17, -1),
  BALANCE_UPDATE_REPLY(0x41, Direction.UPLINK, "余额更新应答", "Balance-update reply", 16, 16, -1),
  BALANCE_UPDATE(
      0x42, Direction.DOWNLINK, "远程账户余额更新", "Remote account balance update", 20, 20, 0x41),
  OFFLINE_CARD_SYNC_REPLY(0x43, Direction.UPLINK, "离线卡数据同步应答", "Offline-card sync reply", 9, 9, -1),
  OFFLINE_CARD_SYNC(0x44, Direction.DOWNLINK, "离线卡数据同步", "Offline-card sync", 8, 8 + 16 * 15, 0x43),
  OFFLINE_CARD_CLEAR_REPLY(
      0x45, Direction.UPLINK, "离线卡数据清除应答", "Offline-card clear reply", 7, 7 + 10 * 24, -1),
  OFFLINE_CARD_CLEAR(
      0x46, Direction.DOWNLINK, "离线卡数据清除", "Offline-card clear", 8, 8 + 8 * 24, 0x45),
  OFFLINE_CARD_QUERY_REPLY(
      0x47, Direction.UPLINK, "离线卡数据查询应答", "Offline-card query reply", 7, 7 + 9 * 27, -1),
  OFFLINE_CARD_QUERY(
      0x48, Direction.DOWNLINK, "离线卡数据查询", "Offline-card query", 8, 8 + 8 * 26, 0x47),
  WORK_PARAMETERS_REPLY(
      0x51, Direction.UPLINK, "充电桩工作参数设置应答", "Work-parameter set reply", 8, 8, -1),
  WORK_PARAMETERS(0x52, Direction.DOWNLINK, "充电桩工作参数设置", "Work-parameter set", 9, 9, 0x51),
  TIME_SYNC_REPLY(0x55, Direction.UPLINK, "对时设置应答", "Time-sync reply", 14, 14, -1),
  TIME_SYNC(0x56, Direction.DOWNLINK, "对时设置", "Time sync", 14, 14, 0x55),
  BILLING_MODEL_SET_REPLY(0x57, Direction.UPLINK, "计费模型应答", "Billing-model set reply", 8, 8, -1),
  BILLING_MODEL_SET(0x58, Direction.DOWNLINK, "计费模型设置", "Billing-model set", 90, 90, 0x57),
  GROUND_LOCK_STATUS(0x61, Direction.UPLINK, "地锁数据上送", "Ground-lock status", 16, 16, -1),
  GROUND_LOCK_COMMAND(
      0x62, Direction.DOWNLINK, "遥控地锁升锁与降锁命令", "Ground-lock raise/lower command", 13, 13, 0x63),
  GROUND_LOCK_RESULT(0x63, Direction.UPLINK, "充电桩返回数据", "Ground-lock command result", 13, 13, -1),
  REMOTE_REBOOT_REPLY(0x91, Direction.UPLINK, "远程重启应答", "Remote reboot reply", 8, 8, -1),
  REMOTE_REBOOT(0x92, Direction.DOWNLINK, "远程重启", "Remote reboot", 8, 8, 0x91),
  REMOTE_UPDATE_REPLY(0x93, Direction.UPLINK, "远程更新应答", "Remote update reply", 8, 8, -1),
  REMOTE_UPDATE(0x94, Direction.DOWNLINK, "远程更新", "Remote update (OTA)", 94, 94, 0x93),
  PARALLEL_START_REQUEST(
      0xA1, Direction.UPLINK, "充电桩主动申请并充充电", "Parallel-charge start request", 58, 58, 0xA2),
  PARALLEL_START_REPLY(
      0xA2, Direction.DOWNLINK, "运营平台确认并充启动充电", "Parallel-charge start authorisation", 44, 44, -1),
  PARALLEL_REMOTE_START_RESULT(
      0xA3, Direction.UPLINK, "远程并充启机命令回复", "Parallel-charge remote-start result", 33, 33, -1),
  PARALLEL_REMOTE_START(
      0xA4, Direction.DOWNLINK, "运营平台远程控制并充启机", "Parallel-charge remote start", 50, 50, 0xA3),
  QR_PREFIX(0xF0, Direction.DOWNLINK, "后台下发二维码前缀", "QR-code prefix download", 9, 9 + 242, 0xF1),
  QR_PREFIX_REPLY(0xF1, Direction.UPLINK, "二维码前缀下发应答", "QR-code prefix reply", 8, 8, -1),
  /**
   * Any code not in the table: the type of a {@link cn.evpark.ykc.protocol.message.RawMessage},
   * whose own code is in its {@code typeCode()}. Never looked up by code.
   */
  UNKNOWN(-1, Direction.UNKNOWN, "未知帧", "Unknown frame type", 0, 251, -1);

  /** Who sends a frame type. */
  public enum Direction {
    /** Pile → platform. */
    UPLINK,
    /** Platform → pile. */
    DOWNLINK,
    /** Not known: the direction of {@link #UNKNOWN}. */
    UNKNOWN
  }

  private static final FrameType[] BY_CODE = new FrameType[256];

  static {
    for (FrameType type : values()) {
      if (type.code < 0) {
        continue;
      }
      BY_CODE[type.code] = type;
    }
  }

  private final int code;
  private final Direction direction;
  private final String chineseName;
  private final String englishName;
  private final int minBodyLength;
  private final int maxBodyLength;
  private final int replyCode;

  FrameType(
      int code,
      Direction direction,
      String chineseName,
      String englishName,
      int minBodyLength,
      int maxBodyLength,
      int replyCode) {
    this.code = code;
    this.direction = direction;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.minBodyLength = minBodyLength;
    this.maxBodyLength = maxBodyLength;
    this.replyCode = replyCode;
  }

  /** The type with {@code code}, or empty for a code not in the table. */
  public static Optional<FrameType> ofCode(int code) {
    return Optional.ofNullable(code >= 0 && code < 256 ? BY_CODE[code] : null);
  }

  public int code() {
    return code;
  }

  /** The code as {@code "0x3B"} ({@code "?"} for {@link #UNKNOWN}). */
  public String hexCode() {
    return code < 0 ? "?" : String.format("0x%02X", code);
  }

  public Direction direction() {
    return direction;
  }

  public String chineseName() {
    return chineseName;
  }

  public String englishName() {
    return englishName;
  }

  public boolean isFixedLength() {
    return minBodyLength == maxBodyLength;
  }

  /** The body length of a fixed-length type, or the minimum of a variable one. */
  public int minBodyLength() {
    return minBodyLength;
  }

  public int maxBodyLength() {
    return maxBodyLength;
  }

  /** The frame type that answers this one, if any. */
  public Optional<FrameType> replyType() {
    return replyCode < 0 ? Optional.empty() : ofCode(replyCode);
  }
}
