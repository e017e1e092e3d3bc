package cn.evpark.pile;

import cn.evpark.shared.DomainException;

/**
 * A command went out but the pile did not answer, even after the adapter's retries (ykc-protocol.md
 * §11.4). Whether the pile acted on it is unknown.
 */
public class PileNoAnswerException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message which pile and command, as the adapter said it
   */
  public PileNoAnswerException(String message) {
    super("pile.timeout", message);
  }
}
