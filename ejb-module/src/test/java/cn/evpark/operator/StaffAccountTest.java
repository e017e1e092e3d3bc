package cn.evpark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 8, 0);
  static final Duration LOCK = Duration.ofMinutes(15);

  static StaffAccount admin() {
    return new StaffAccount(null, "admin", "Admin", "hash", StaffRole.PLATFORM_ADMIN, NOW);
  }

  @Test
  void failedLogins_belowTheLimit_doNotLock() {
    StaffAccount account = admin();

    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin(NOW, 5, LOCK);
    }

    assertThat(account.isLockedAt(NOW)).isFalse();
    assertThat(account.getFailedLogins()).isEqualTo(4);
  }

  @Test
  void failedLogin_reachingTheLimit_locksUntilTheLockEnds() {
    StaffAccount account = admin();

    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(NOW, 5, LOCK);
    }

    assertThat(account.isLockedAt(NOW)).isTrue();
    assertThat(account.isLockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
    assertThat(account.isLockedAt(NOW.plus(LOCK))).isFalse();
    assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(LOCK));
  }

  @Test
  void successfulLogin_forgetsEarlierFailures() {
    StaffAccount account = admin();
    account.recordFailedLogin(NOW, 5, LOCK);
    account.recordFailedLogin(NOW, 5, LOCK);

    account.recordSuccessfulLogin();

    assertThat(account.getFailedLogins()).isZero();
    assertThat(account.getLockedUntil()).isNull();
  }

  @Test
  void platformAdministrator_withAnOperator_isRefused() {
    Operator operator = new Operator("运营商", NOW);

    assertThatThrownBy(
            () -> new StaffAccount(operator, "x", "X", "hash", StaffRole.PLATFORM_ADMIN, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new StaffAccount(null, "x", "X", "hash", StaffRole.OPERATOR_STAFF, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
