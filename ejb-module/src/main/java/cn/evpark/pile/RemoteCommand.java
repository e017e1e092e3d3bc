package cn.evpark.pile;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote operation staff sent to a pile from the pile list (manual 4.3), and what came of it.
 *
 * <p>Life cycle: created {@link RemoteCommandState#SENT} as the command goes out; then once, when
 * the command's stage completes, {@link #answered} or {@link #failed} (with the domain exception's
 * code: {@code pile.offline}, {@code pile.timeout}, {@code pile.busy}). A settled command never
 * changes again. Rows go with their pile.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "remote_command")
public class RemoteCommand {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The pile's operator when sent: whose staff see the command. */
  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "pile_id", nullable = false)
  private long pileId;

  @Column(name = "pile_code", nullable = false, length = 14)
  private PileCode pileCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RemoteCommandKind kind;

  /** The gun a ground-lock command moves the lock of; null for a command to the whole pile. */
  @Column private Integer gun;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private RemoteCommandState state;

  /** The code of the domain exception a failed command ended with. */
  @Column(length = 64)
  private String refusal;

  /** 同步时间's answer: the time the pile set, on its clock (China local time). */
  @Column(name = "pile_time")
  private LocalDateTime pileTime;

  @Column(name = "sent_by", nullable = false, length = 64)
  private String sentBy;

  @Column(name = "sent_at", nullable = false)
  private LocalDateTime sentAt;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  protected RemoteCommand() {}

  /**
   * A command going out now.
   *
   * @param operatorId the operator owning the pile
   * @param gun the gun of a ground-lock command, else null
   * @param sentBy the staff account's login name
   * @param sentAt UTC
   */
  public RemoteCommand(
      long operatorId,
      long pileId,
      PileCode pileCode,
      RemoteCommandKind kind,
      Integer gun,
      String sentBy,
      LocalDateTime sentAt) {
    this.operatorId = operatorId;
    this.pileId = pileId;
    this.pileCode = Objects.requireNonNull(pileCode);
    this.kind = Objects.requireNonNull(kind);
    this.gun = gun;
    this.state = RemoteCommandState.SENT;
    this.sentBy = Objects.requireNonNull(sentBy);
    this.sentAt = Objects.requireNonNull(sentAt);
  }

  /**
   * The pile answered.
   *
   * @param pileTime the time 同步时间's answer reports, else null
   * @param at UTC
   * @throws IllegalStateException when the command has already settled
   */
  public void answered(LocalDateTime pileTime, LocalDateTime at) {
    settle(RemoteCommandState.ANSWERED, at);
    this.pileTime = pileTime;
  }

  /**
   * The command ended without an answer.
   *
   * @param refusal the code of the domain exception it failed with
   * @param at UTC
   * @throws IllegalStateException when the command has already settled
   */
  public void failed(String refusal, LocalDateTime at) {
    settle(RemoteCommandState.FAILED, at);
    this.refusal = Objects.requireNonNull(refusal);
  }

  private void settle(RemoteCommandState outcome, LocalDateTime at) {
    if (state != RemoteCommandState.SENT) {
      throw new IllegalStateException("command " + id + " is already " + state);
    }
    this.state = outcome;
    this.answeredAt = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getPileId() {
    return pileId;
  }

  public PileCode getPileCode() {
    return pileCode;
  }

  /** The pile's code as its 14 digits, for the pages (which use no wire types). */
  public String getPileCodeValue() {
    return pileCode.value();
  }

  public RemoteCommandKind getKind() {
    return kind;
  }

  /** The gun of a ground-lock command. */
  public Optional<Integer> getGun() {
    return Optional.ofNullable(gun);
  }

  public RemoteCommandState getState() {
    return state;
  }

  public Optional<String> getRefusal() {
    return Optional.ofNullable(refusal);
  }

  public Optional<LocalDateTime> getPileTime() {
    return Optional.ofNullable(pileTime);
  }

  public String getSentBy() {
    return sentBy;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public Optional<LocalDateTime> getAnsweredAt() {
    return Optional.ofNullable(answeredAt);
  }
}
