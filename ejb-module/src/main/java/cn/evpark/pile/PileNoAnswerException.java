package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;

/**
 * A command went out but the pile did not answer, even after the adapter's retries (ykc-protocol.md
 * §11.4). Whether the pile acted on it is unknown.
 */
public class PileNoAnswerException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param pile the pile the command was for, shown by the pages' text of {@code pile.timeout}
   * @param message which pile and command, as the adapter said it
   */
  public PileNoAnswerException(PileCode pile, String message) {
    super("pile.timeout", message, List.of(pile.value()));
  }
}
