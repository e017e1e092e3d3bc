package cn.evpark.card;

import cn.evpark.shared.DomainException;
import java.util.List;

/**
 * A physical card number that is not 1 to 16 hex digits (or is all zeros, which means "no card" on
 * the wire, ykc-protocol.md §3). Code {@code card.physical.invalid}, argument the text typed.
 */
public class InvalidCardNumberException extends DomainException {

  private static final long serialVersionUID = 1L;

  InvalidCardNumberException(String typed) {
    super("card.physical.invalid", "not a physical card number: " + typed, List.of(typed));
  }
}
