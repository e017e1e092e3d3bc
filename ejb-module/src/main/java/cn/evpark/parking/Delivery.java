package cn.evpark.parking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How an outbox entry towards the parking system is getting on ({@code parking.md §1}): 下发状态, its
 * attempts, when the next is due, when it was taken and why the last one failed. An attempt is
 * leased ({@link #attempting}) so two instances never send it at once; a failed one waits {@link
 * #FIRST_WAIT}, doubling up to {@link #LONGEST_WAIT}; after {@link #MAX_ATTEMPTS} it is {@link
 * IssueState#FAILED} until staff issue it again. Times are UTC.
 */
@Embeddable
public class Delivery {

  /** Attempts before an entry is left {@link IssueState#FAILED} for staff. */
  public static final int MAX_ATTEMPTS = 8;

  static final Duration FIRST_WAIT = Duration.ofSeconds(15);

  static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

  @Enumerated(EnumType.STRING)
  @Column(name = "issue_state", nullable = false, length = 8)
  private IssueState state;

  @Column(nullable = false)
  private int attempts;

  /** When the next attempt is due; null once sent or failed. */
  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  /** 下发时间: when the parking system took it. */
  @Column(name = "issued_at")
  private LocalDateTime issuedAt;

  @Column(name = "last_error", length = 255)
  private String lastError;

  protected Delivery() {}

  /** A new entry, due at once. */
  static Delivery dueAt(LocalDateTime at) {
    Delivery delivery = new Delivery();
    delivery.state = IssueState.PENDING;
    delivery.nextAttemptAt = at;
    return delivery;
  }

  /** Whether an attempt is due at {@code now}. */
  boolean due(LocalDateTime now) {
    return state == IssueState.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
  }

  /** An attempt starts: no other instance takes it before {@code leaseEnds}. */
  void attempting(LocalDateTime leaseEnds) {
    attempts++;
    nextAttemptAt = leaseEnds;
  }

  /** The parking system took it. */
  void sent(LocalDateTime at) {
    state = IssueState.SENT;
    issuedAt = at;
    nextAttemptAt = null;
    lastError = null;
  }

  /**
   * An attempt failed: tried again after a doubling wait, or left to staff after the last.
   *
   * @return whether this was the last attempt
   */
  boolean failedAttempt(String error, LocalDateTime at) {
    lastError = error.length() > 255 ? error.substring(0, 255) : error;
    if (attempts >= MAX_ATTEMPTS) {
      state = IssueState.FAILED;
      nextAttemptAt = null;
      return true;
    }
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 16));
    nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    return false;
  }

  /**
   * Staff issue it again (重新下发): a fresh round of attempts.
   *
   * @return false unless it had failed
   */
  boolean reissue(LocalDateTime now) {
    if (state != IssueState.FAILED) {
      return false;
    }
    state = IssueState.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    return true;
  }

  public IssueState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Optional<LocalDateTime> getNextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<LocalDateTime> getIssuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }
}
