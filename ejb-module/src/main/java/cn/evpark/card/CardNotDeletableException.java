package cn.evpark.card;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.Money;
import java.util.List;

/**
 * 删除 refused: the card still holds money (manual 7.2: a card is deleted only with a zero balance;
 * staff refund it first, 退款). Code {@code card.delete.balance}, arguments the card's number and
 * balance in yuan.
 */
public class CardNotDeletableException extends DomainException {

  private static final long serialVersionUID = 1L;

  CardNotDeletableException(ChargingCard card, Money balance) {
    super(
        "card.delete.balance",
        "card " + card.getId() + " holds " + balance,
        List.of(card.logicalNumber().value(), balance.toString()));
  }
}
