package cn.evpark.pile;

import cn.evpark.shared.DomainException;

/** A command could not go out: the pile has no logged-in connection (离线). Nothing was sent. */
public class PileOfflineException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message which pile, as the adapter said it
   */
  public PileOfflineException(String message) {
    super("pile.offline", message);
  }
}
