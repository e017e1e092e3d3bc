package cn.evpark.pile;

import cn.evpark.shared.DomainException;

/** The pile's 运营状态 is 禁用: no session may start on it. */
public class PileDisabledException extends DomainException {

  private static final long serialVersionUID = 1L;

  public PileDisabledException() {
    super("pile.disabled", "the pile is disabled (运营状态 禁用) and cannot start charging");
  }
}
