package cn.evpark.charging;

import cn.evpark.shared.DomainException;

/**
 * A start check of money.md §3 failed; {@link #check()} says which. Codes: {@code
 * charging.start.<check>}, e.g. {@code charging.start.gunNotPlugged}.
 */
public class StartRefusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** The start checks, in the order they are made. */
  public enum Check {
    /** The pile is not registered. */
    pileUnknown,
    /** The pile is disabled (运营状态 禁用). */
    pileDisabled,
    /** The pile is not connected. */
    pileOffline,
    /** The gun does not exist on the pile. */
    gunUnknown,
    /** The gun is charging or faulty. */
    gunBusy,
    /** The gun is idle but not plugged into a car. */
    gunNotPlugged,
    /** The driver owes the operator money (欠费). */
    arrears,
    /** The driver has another session under way. */
    otherOrderOpen,
    /** The wallet holds less than the pile's 启动充电最低金额. */
    balanceBelowMinimum,
    /**
     * The station charges occupancy and the paying account holds less than its deposit (预付占位押金)
     * plus the pile's 启动充电最低金额 (parking.md §3).
     */
    balanceBelowDeposit,
    /** The e-card chosen to pay is stopped (停用). */
    cardDisabled,
    /** The e-card chosen to pay is another station's. */
    cardNotForStation
  }

  private final Check check;

  public StartRefusedException(Check check, String message) {
    super("charging.start." + check.name(), message);
    this.check = check;
  }

  public Check check() {
    return check;
  }
}
