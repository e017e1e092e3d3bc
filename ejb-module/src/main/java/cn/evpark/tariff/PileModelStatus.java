package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform knows of one pile's billing model (ykc-protocol.md §11.5): the number the pile
 * holds — as it last reported it (0x05), as last delivered to it (0x0A), or as it last accepted it
 * (0x57) — and how the last push (0x58) went.
 *
 * <p>Not versioned: the latest report wins, whichever thread writes it.
 */
@Entity
@Table(name = "pile_billing_model")
public class PileModelStatus {

  @Id
  @Column(name = "pile_id")
  private Long pileId;

  @Column(name = "held_number", length = 4)
  private BillingModelNumber heldNumber;

  @Column(name = "held_since")
  private LocalDateTime heldSince;

  @Column(name = "pushed_number", length = 4)
  private BillingModelNumber pushedNumber;

  @Column(name = "pushed_at")
  private LocalDateTime pushedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "push_outcome", length = 16)
  private PushOutcome pushOutcome;

  @Column(name = "outcome_at")
  private LocalDateTime outcomeAt;

  protected PileModelStatus() {}

  public PileModelStatus(long pileId) {
    this.pileId = pileId;
  }

  /**
   * The pile says it holds {@code number} (0x05), or was just given it (0x0A). A push of that
   * number still waiting for its answer has then done its work.
   */
  public void holds(BillingModelNumber number, LocalDateTime at) {
    if (!number.equals(heldNumber)) {
      this.heldNumber = number;
      this.heldSince = at;
    }
    if (number.equals(pushedNumber)
        && (pushOutcome == PushOutcome.SENT || pushOutcome == PushOutcome.NO_REPLY)) {
      this.pushOutcome = PushOutcome.ACCEPTED;
      this.outcomeAt = at;
    }
  }

  /** A push of {@code number} went out. */
  public void pushing(BillingModelNumber number, LocalDateTime at) {
    this.pushedNumber = Objects.requireNonNull(number);
    this.pushedAt = at;
    this.pushOutcome = PushOutcome.SENT;
    this.outcomeAt = at;
  }

  /**
   * How the push of {@code number} ended. An outcome of an older push than the last one is ignored;
   * an acceptance means the pile holds the number.
   */
  public void pushEnded(BillingModelNumber number, PushOutcome outcome, LocalDateTime at) {
    if (pushedNumber != null && !pushedNumber.equals(number)) {
      return;
    }
    this.pushedNumber = number;
    if (pushedAt == null) {
      this.pushedAt = at;
    }
    this.pushOutcome = outcome;
    this.outcomeAt = at;
    if (outcome == PushOutcome.ACCEPTED) {
      holds(number, at);
    }
  }

  /**
   * A pile's answer to a push that no longer waited for it (it came after the retries): counts for
   * the last push if that is still open.
   */
  public void lateAnswer(boolean accepted, LocalDateTime at) {
    if (pushedNumber != null
        && (pushOutcome == PushOutcome.SENT || pushOutcome == PushOutcome.NO_REPLY)) {
      pushEnded(pushedNumber, accepted ? PushOutcome.ACCEPTED : PushOutcome.REFUSED, at);
    }
  }

  public Long getPileId() {
    return pileId;
  }

  public Optional<BillingModelNumber> getHeldNumber() {
    return Optional.ofNullable(heldNumber);
  }

  public LocalDateTime getPushedAt() {
    return pushedAt;
  }

  public Optional<PushOutcome> getPushOutcome() {
    return Optional.ofNullable(pushOutcome);
  }
}
