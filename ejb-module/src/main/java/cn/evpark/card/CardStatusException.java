package cn.evpark.card;

import cn.evpark.shared.DomainException;
import java.util.List;

/**
 * A card cannot take the status asked for: a lost card is never enabled or stopped again, and only
 * an IC card is reported lost (manual 7.3). Code {@code card.status.refused}, arguments the card's
 * number and the label keys of its status and of the status asked for ({@code card.status.LOST}).
 */
public class CardStatusException extends DomainException {

  private static final long serialVersionUID = 1L;

  CardStatusException(ChargingCard card, CardStatus wanted) {
    super(
        "card.status.refused",
        "card " + card.getId() + " is " + card.getStatus() + ", not to be made " + wanted,
        List.of(
            card.getId() == null ? "" : card.logicalNumber().value(),
            "card.status." + card.getStatus().name(),
            "card.status." + wanted.name()));
  }
}
