package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import java.math.BigDecimal;

/**
 * 0x42 remote account balance update (platform → pile), body 20 ({@code ykc-protocol.md §7.9}):
 * answered by {@link BalanceUpdateReply}.
 *
 * @param pileCode the pile
 * @param gun the gun
 * @param card if not zero, the pile checks that the running session belongs to this card
 * @param balance the new balance, yuan at 2 decimals
 */
public record BalanceUpdate(PileCode pileCode, int gun, PhysicalCardNumber card, BigDecimal balance)
    implements PlatformMessage, GunScoped {

  public BalanceUpdate {
    Fields.present(pileCode, "pileCode");
    Fields.gun(gun);
    Fields.present(card, "card");
    balance = Fields.balance(balance, "balance");
  }

  @Override
  public FrameType type() {
    return FrameType.BALANCE_UPDATE;
  }

  static BalanceUpdate read(BodyReader in) {
    return new BalanceUpdate(in.pileCode(), in.gun(), in.physicalCard(), in.balance());
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.pileCode(pileCode);
    out.gun(gun);
    out.physicalCard(card);
    out.scaled(balance, 4);
  }
}
