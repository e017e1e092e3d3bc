package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import io.netty.buffer.ByteBuf;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * Message bodies to and from bytes; the frame around them is {@link
 * cn.evpark.ykc.protocol.YkcCodec}'s job. Public for that codec only.
 */
public final class MessageCodec {

  private MessageCodec() {}

  /**
   * Decodes the {@code length} body bytes at absolute {@code index} of a frame of type {@code
   * code}. A code not in the table gives a {@link RawMessage}.
   *
   * @throws YkcDecodeException without the frame's hex, which the caller adds
   */
  public static YkcMessage decodeBody(int code, ByteBuf buf, int index, int length) {
    Optional<FrameType> known = FrameType.ofCode(code);
    if (known.isEmpty()) {
      return new RawMessage(code, Bytes.read(buf, index, length));
    }
    FrameType type = known.get();
    if (length < type.minBodyLength()) {
      throw new YkcDecodeException(
          Reason.BODY_TOO_SHORT,
          type.hexCode() + " needs " + type.minBodyLength() + " body bytes, got " + length);
    }
    if (length > type.maxBodyLength()) {
      throw new YkcDecodeException(
          Reason.BODY_LENGTH_MISMATCH,
          type.hexCode() + " allows " + type.maxBodyLength() + " body bytes, got " + length);
    }
    BodyReader in = new BodyReader(buf, index, length);
    try {
      return read(type, in);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new YkcDecodeException(Reason.FIELD_OUT_OF_RANGE, e.getMessage());
    }
  }

  /** Writes {@code message}'s body at the writer index of {@code out}. */
  public static void encodeBody(YkcMessage message, ByteBuf out) {
    message.writeBody(new BodyWriter(out));
  }

  static YkcDecodeException countMismatch(FrameType type, int length) {
    return new YkcDecodeException(
        Reason.BODY_LENGTH_MISMATCH,
        type.hexCode() + " body of " + length + " bytes is not a whole number of items");
  }

  private static YkcMessage read(FrameType type, BodyReader in) {
    return switch (type) {
      case LOGIN -> Login.read(in);
      case LOGIN_REPLY -> LoginReply.read(in);
      case HEARTBEAT -> Heartbeat.read(in);
      case HEARTBEAT_REPLY -> HeartbeatReply.read(in);
      case BILLING_MODEL_VERIFY -> BillingModelVerify.read(in);
      case BILLING_MODEL_VERIFY_REPLY -> BillingModelVerifyReply.read(in);
      case BILLING_MODEL_REQUEST -> BillingModelRequest.read(in);
      case BILLING_MODEL_REPLY -> BillingModelReply.read(in);
      case READ_REAL_TIME_DATA -> ReadRealTimeData.read(in);
      case REAL_TIME_DATA -> RealTimeData.read(in);
      case CHARGING_HANDSHAKE -> ChargingHandshake.read(in);
      case PARAMETER_CONFIGURATION -> ParameterConfiguration.read(in);
      case CHARGING_END -> ChargingEnd.read(in);
      case BMS_ERROR -> BmsError.read(in);
      case BMS_STOP -> BmsStop.read(in);
      case CHARGER_STOP -> ChargerStop.read(in);
      case BMS_DEMAND_AND_OUTPUT -> BmsDemandAndOutput.read(in);
      case BMS_STATUS -> BmsStatus.read(in);
      case CARD_START_REQUEST -> CardStartRequest.read(in);
      case CARD_START_REPLY -> CardStartReply.read(in);
      case REMOTE_START_RESULT -> RemoteStartResult.read(in);
      case REMOTE_START -> RemoteStart.read(in);
      case REMOTE_STOP_RESULT -> RemoteStopResult.read(in);
      case REMOTE_STOP -> RemoteStop.read(in);
      case TRANSACTION_RECORD -> TransactionRecord.read(in);
      case TRANSACTION_RECORD_V17 -> TransactionRecordV17.read(in);
      case TRANSACTION_RECORD_ACK -> TransactionRecordAck.read(in);
      case BALANCE_UPDATE_REPLY -> BalanceUpdateReply.read(in);
      case BALANCE_UPDATE -> BalanceUpdate.read(in);
      case OFFLINE_CARD_SYNC_REPLY -> OfflineCardSyncReply.read(in);
      case OFFLINE_CARD_SYNC -> OfflineCardSync.read(in);
      case OFFLINE_CARD_CLEAR_REPLY -> OfflineCardClearReply.read(in);
      case OFFLINE_CARD_CLEAR -> OfflineCardClear.read(in);
      case OFFLINE_CARD_QUERY_REPLY -> OfflineCardQueryReply.read(in);
      case OFFLINE_CARD_QUERY -> OfflineCardQuery.read(in);
      case WORK_PARAMETERS_REPLY -> WorkParametersReply.read(in);
      case WORK_PARAMETERS -> WorkParameters.read(in);
      case TIME_SYNC_REPLY -> TimeSyncReply.read(in);
      case TIME_SYNC -> TimeSync.read(in);
      case BILLING_MODEL_SET_REPLY -> BillingModelSetReply.read(in);
      case BILLING_MODEL_SET -> BillingModelSet.read(in);
      case GROUND_LOCK_STATUS -> GroundLockStatus.read(in);
      case GROUND_LOCK_COMMAND -> GroundLockCommand.read(in);
      case GROUND_LOCK_RESULT -> GroundLockResult.read(in);
      case REMOTE_REBOOT_REPLY -> RemoteRebootReply.read(in);
      case REMOTE_REBOOT -> RemoteReboot.read(in);
      case REMOTE_UPDATE_REPLY -> RemoteUpdateReply.read(in);
      case REMOTE_UPDATE -> RemoteUpdate.read(in);
      case PARALLEL_START_REQUEST -> ParallelStartRequest.read(in);
      case PARALLEL_START_REPLY -> ParallelStartReply.read(in);
      case PARALLEL_REMOTE_START_RESULT -> ParallelRemoteStartResult.read(in);
      case PARALLEL_REMOTE_START -> ParallelRemoteStart.read(in);
      case QR_PREFIX -> QrPrefix.read(in);
      case QR_PREFIX_REPLY -> QrPrefixReply.read(in);
      case UNKNOWN -> throw new IllegalStateException("UNKNOWN has no code");
    };
  }
}
