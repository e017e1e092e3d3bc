package cn.evpark.card;

import cn.evpark.shared.DomainException;
import java.util.List;

/**
 * 发卡 refused: another card has that physical number, so a pile's swipe could not tell them apart.
 * Code {@code card.physical.taken}, argument the number as printed.
 */
public class CardNumberTakenException extends DomainException {

  private static final long serialVersionUID = 1L;

  CardNumberTakenException(String display) {
    super("card.physical.taken", "a card has the physical number " + display, List.of(display));
  }
}
