package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import java.math.BigDecimal;

/**
 * 0x34 remote start (platform → pile), body 44 ({@code ykc-protocol.md §7.3}): answered by {@link
 * RemoteStartResult}.
 *
 * @param transactionSerial the session's transaction serial number
 * @param pileCode the pile
 * @param gun the gun
 * @param logicalCard logical card number, zeros if none
 * @param physicalCard physical card that may stop the session at the pile, zeros if none
 * @param balance account balance, yuan at 2 decimals
 */
public record RemoteStart(
    TransactionSerial transactionSerial,
    PileCode pileCode,
    int gun,
    LogicalCardNumber logicalCard,
    PhysicalCardNumber physicalCard,
    BigDecimal balance)
    implements PlatformMessage, GunScoped {

  public RemoteStart {
    Fields.present(transactionSerial, "transactionSerial");
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(logicalCard, "logicalCard");
    Fields.present(physicalCard, "physicalCard");
    balance = Fields.balance(balance, "balance");
  }

  @Override
  public FrameType type() {
    return FrameType.REMOTE_START;
  }

  static RemoteStart read(BodyReader in) {
    return new RemoteStart(
        in.serial(), in.pileCode(), in.gun(), in.logicalCard(), in.physicalCard(), in.balance());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.serial(transactionSerial);
    out.pileCode(pileCode);
    out.gun(gun);
    out.logicalCard(logicalCard);
    out.physicalCard(physicalCard);
    out.scaled(balance, 4);
  }
}
