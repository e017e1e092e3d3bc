package cn.evpark.wechatpay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How a payment order or refund whose outcome WeChat has not yet told is asked about ({@link
 * WeChatPayChecks}): when the next check is due, or that it is left to staff, with WeChat's word
 * that could not be applied. Its owner decides when; this keeps the columns consistent: a refund or
 * order left to staff, or settled, is no longer due.
 */
@Embeddable
public class WeChatCheck {

  /** When WeChat is next asked; null once settled or left to staff. */
  @Column(name = "next_check_at")
  private LocalDateTime nextCheckAt;

  @Column(name = "needs_staff", nullable = false)
  private boolean needsStaff;

  @Column(name = "wechat_answer", length = 300)
  private String wechatAnswer;

  protected WeChatCheck() {}

  /** First due at {@code at} (UTC). */
  static WeChatCheck dueAt(LocalDateTime at) {
    WeChatCheck check = new WeChatCheck();
    check.nextCheckAt = Objects.requireNonNull(at);
    return check;
  }

  /** Next due at {@code at} (UTC). */
  void againAt(LocalDateTime at) {
    this.nextCheckAt = Objects.requireNonNull(at);
  }

  /** Settled: never due again. */
  void stop() {
    this.nextCheckAt = null;
  }

  /**
   * Left to staff: never due again, with what WeChat said (or why it cannot be asked).
   *
   * @param wechatSays at most 300 characters are kept
   */
  void leaveToStaff(String wechatSays) {
    this.needsStaff = true;
    this.nextCheckAt = null;
    this.wechatAnswer =
        wechatSays == null ? null : wechatSays.substring(0, Math.min(300, wechatSays.length()));
  }

  /** Whether staff must decide: WeChat's word could not be applied. */
  public boolean needsStaff() {
    return needsStaff;
  }

  /** WeChat's word that could not be applied, and why. */
  public Optional<String> wechatAnswer() {
    return Optional.ofNullable(wechatAnswer);
  }
}
