package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.TransactionSerial;

/**
 * 0x40 transaction record acknowledgement (platform → pile), body 17 ({@code ykc-protocol.md
 * §7.8}): answers every {@link TransactionRecord}, duplicates included. It means "received", not
 * "settled".
 *
 * @param transactionSerial the session's transaction serial number
 * @param result received, or an invalid bill the pile may discard
 */
public record TransactionRecordAck(TransactionSerial transactionSerial, TransactionAckResult result)
    implements PlatformMessage {

  public TransactionRecordAck {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(result, "result");
  }

  @Override
  public FrameType type() {
    return FrameType.TRANSACTION_RECORD_ACK;
  }

  static TransactionRecordAck read(BodyReader in) {
    return new TransactionRecordAck(in.serial(), in.code(TransactionAckResult.class));
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.code(result);
  }
}
