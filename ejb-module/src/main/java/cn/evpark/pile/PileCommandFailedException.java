package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;

/**
 * A command to a pile failed without a reply for another reason than {@link PileOfflineException}
 * or {@link PileNoAnswerException}: the pile's connection went away while the command waited, or
 * the adapter could not take it now.
 */
public class PileCommandFailedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param pile the pile the command was for, shown by the pages' text of {@code pile.busy}
   * @param message what the adapter said
   */
  public PileCommandFailedException(PileCode pile, String message) {
    super("pile.busy", message, List.of(pile.value()));
  }
}
