package cn.evpark.tariff;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.protocol.PileCode;
import java.util.Optional;

/**
 * The piles, through the pile feature's service, as the tariff feature sees them. That service
 * shows a caller only its operator's piles (the platform itself, all).
 */
final class TariffPiles {

  private final PileService piles;

  TariffPiles(PileService piles) {
    this.piles = piles;
  }

  /** A registered pile the caller may see, by its code. */
  Optional<PileRef> byCode(PileCode code) {
    return piles.findByCode(code).map(TariffPiles::ref);
  }

  /**
   * Any registered pile, by its code, whoever calls: for what a pile asks of the platform and the
   * platform's pushes (ykc-protocol.md §5.5–5.9), which are the platform's, never a staff screen's.
   */
  Optional<PileRef> anyByCode(PileCode code) {
    return piles.findForCharging(code).map(TariffPiles::ref);
  }

  /** A registered pile the caller may see, by its code as typed; empty for text that is no code. */
  Optional<PileRef> byCode(String code) {
    return piles.findByCode(code).map(TariffPiles::ref);
  }

  private static PileRef ref(Pile pile) {
    return new PileRef(
        pile.getId(), pile.getCode(), pile.getStation().getId(), pile.getStation().getName());
  }
}
