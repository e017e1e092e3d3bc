package cn.evpark.pile;

import cn.evpark.shared.DomainException;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;

/** A command could not go out: the pile has no logged-in connection (离线). Nothing was sent. */
public class PileOfflineException extends DomainException {

  private static final long serialVersionUID = 1L;

  /**
   * @param pile the pile the command was for, shown by the pages' text of {@code pile.offline}
   * @param message which pile, as the adapter said it
   */
  public PileOfflineException(PileCode pile, String message) {
    super("pile.offline", message, List.of(pile.value()));
  }
}
