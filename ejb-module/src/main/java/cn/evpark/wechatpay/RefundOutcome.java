package cn.evpark.wechatpay;

/**
 * What WeChat's word on a refund (its notice, or its answer to our create or query) does to the
 * refund, by the state the refund is in (money.md §6). The rule, {@link #of}:
 *
 * <ul>
 *   <li>PROCESSING: a {@code REQUESTED} or {@code ABNORMAL} refund is being paid out ({@link
 *       #ACCEPTED});
 *   <li>ABNORMAL: a {@code REQUESTED} or {@code PROCESSING} refund is stuck at WeChat ({@link
 *       #ABNORMAL}); its money stays in refund clearing, for staff, until WeChat's next word;
 *   <li>SUCCESS: paid out ({@link #PAID}); CLOSED: the money is back with us ({@link #RETURNED});
 *       both from any state not final;
 *   <li>the same word again, or a word WeChat has gone on from (PROCESSING or ABNORMAL after its
 *       SUCCESS or CLOSED: notices and answers overtake one another) changes nothing ({@link
 *       #UNCHANGED});
 *   <li>a word that contradicts where the money went ({@link #CONFLICT}): WeChat has or paid a
 *       refund whose money went back to the wallet (anything but CLOSED after FAILED; SUCCESS after
 *       CLOSED), or closed a refund it paid out (CLOSED after SUCCESS). Nothing moves; the refund
 *       is kept for staff, never guessed.
 * </ul>
 */
public enum RefundOutcome {
  /** Nothing moves: a repeat, or an answer overtaken by a later word. */
  UNCHANGED,
  /** Now PROCESSING: nothing moves. */
  ACCEPTED,
  /** Now ABNORMAL: the money stays in refund clearing, the refund shown to staff. */
  ABNORMAL,
  /** Now SUCCESS: refund clearing goes to WeChat clearing. */
  PAID,
  /** Now FAILED or CLOSED: refund clearing goes back to the wallet. */
  RETURNED,
  /** WeChat's word contradicts the refund: nothing moves; kept for staff. */
  CONFLICT;

  /** Whether money moves now. */
  public boolean movesMoney() {
    return this == PAID || this == RETURNED;
  }

  /** The rule of the class comment: WeChat says {@code told} of a refund in {@code current}. */
  static RefundOutcome of(RefundState current, RefundState told) {
    if (current == RefundState.FAILED) {
      // we gave the money back because WeChat said it had no such refund
      return told == RefundState.CLOSED ? UNCHANGED : CONFLICT;
    }
    if (told == current) {
      return UNCHANGED;
    }
    return switch (told) {
      case PROCESSING -> current.isFinal() ? UNCHANGED : ACCEPTED;
      case ABNORMAL -> current.isFinal() ? UNCHANGED : ABNORMAL;
      case SUCCESS -> current.isFinal() ? CONFLICT : PAID;
      case CLOSED -> current.isFinal() ? CONFLICT : RETURNED;
      case REQUESTED, FAILED -> throw new IllegalArgumentException("WeChat never says " + told);
    };
  }
}
