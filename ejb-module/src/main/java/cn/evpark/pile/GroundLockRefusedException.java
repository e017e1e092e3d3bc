package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;

/**
 * The pile answered a ground-lock command (0x62) with "not carried out" (0x63 result 0, {@code
 * ykc-protocol.md §8.5}): the lock did not move, most often because a vehicle stands in the bay.
 */
public class GroundLockRefusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param pile the pile, shown by the pages' text of {@code pile.lock.refused} with the gun
   */
  public GroundLockRefusedException(PileCode pile, int gun) {
    super(
        "pile.lock.refused",
        "the ground lock at gun " + gun + " of pile " + pile.value() + " did not move",
        List.of(pile.value(), String.valueOf(gun)));
  }
}
