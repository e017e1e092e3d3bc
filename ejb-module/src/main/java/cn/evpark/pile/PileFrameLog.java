package cn.evpark.pile;

import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Optional;

/**
 * The per-pile frame log: every frame to and from one pile in hex in the server log of this
 * instance, for staff debugging a pile with its vendor. Kept in the adapter's memory, so it ends
 * with a restart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PileFrameLog {

  @EJB PileService piles;
  @EJB PileLiveStates live;

  /**
   * Switches the log of a pile the caller may see on or off.
   *
   * @param code the pile's 14 digits
   * @return whether its frames are logged now; empty when there is no such pile in scope
   */
  public Optional<Boolean> set(String code, boolean on) {
    return piles
        .findByCode(code)
        .map(
            pile -> {
              live.logFrames(pile.getCode(), on);
              return live.frameLogged().contains(pile.getCode());
            });
  }

  /** The codes of the piles whose frames are logged now, in order. */
  public List<String> loggedPiles() {
    return live.frameLogged().stream().map(PileCode::value).sorted().toList();
  }
}
