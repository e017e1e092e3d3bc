package cn.evpark.tariff;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;
import java.util.Optional;

/** The piles, through the pile feature's service, as the tariff feature sees them. */
final class TariffPiles {

  private final PileService piles;

  TariffPiles(PileService piles) {
    this.piles = piles;
  }

  /** A registered pile by its code, whoever owns it (for the platform's own use). */
  Optional<PileRef> byCode(PileCode code) {
    return piles.findByCode(code).map(TariffPiles::ref);
  }

  /** Every pile, by station and code. */
  List<PileRef> all() {
    return piles.listAll().stream().map(TariffPiles::ref).toList();
  }

  private static PileRef ref(Pile pile) {
    return new PileRef(
        pile.getId(),
        pile.getCode(),
        pile.getStation().getId(),
        pile.getStation().getName(),
        pile.getStation().getOperator().getId());
  }
}
