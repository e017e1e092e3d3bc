package cn.evpark.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.protocol.PhysicalCardNumber;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargingCardTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 3, 0);

  static ChargingCard icCard() {
    return new ChargingCard(
        1,
        2,
        3,
        CardKind.IC_CARD,
        Optional.of(PhysicalCardNumber.of("00000000D14B0A54")),
        null,
        NOW,
        "admin");
  }

  static ChargingCard eCard() {
    return new ChargingCard(1, 2, 3, CardKind.E_CARD, Optional.empty(), null, NOW, "admin");
  }

  @Test
  void issued_isEnabled() {
    assertThat(icCard().isEnabled()).isTrue();
    assertThat(eCard().getStatus()).isEqualTo(CardStatus.ENABLED);
  }

  @Test
  void disableThenEnable_movesBetweenTheTwo() {
    ChargingCard card = eCard();
    card.disable();
    assertThat(card.getStatus()).isEqualTo(CardStatus.DISABLED);
    assertThat(card.isEnabled()).isFalse();
    card.enable();
    assertThat(card.isEnabled()).isTrue();
  }

  @Test
  void lostIcCard_isBlockedForGood() {
    ChargingCard card = icCard();
    card.reportLost();
    assertThat(card.getStatus()).isEqualTo(CardStatus.LOST);
    assertThatThrownBy(card::enable).isInstanceOf(CardStatusException.class);
    assertThatThrownBy(card::disable).isInstanceOf(CardStatusException.class);
    assertThat(card.isEnabled()).isFalse();
  }

  @Test
  void eCard_cannotBeReportedLost() {
    ChargingCard card = eCard();
    assertThatThrownBy(card::reportLost)
        .isInstanceOf(CardStatusException.class)
        .satisfies(
            e -> assertThat(((CardStatusException) e).code()).isEqualTo("card.status.refused"),
            e ->
                assertThat(((CardStatusException) e).arguments())
                    .endsWith("card.status.ENABLED", "card.status.LOST"));
    assertThat(card.isEnabled()).isTrue();
  }

  @Test
  void icCardWithoutPhysicalNumber_orECardWithOne_isRefused() {
    assertThatThrownBy(
            () -> new ChargingCard(1, 2, 3, CardKind.IC_CARD, Optional.empty(), null, NOW, "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ChargingCard(
                    1,
                    2,
                    3,
                    CardKind.E_CARD,
                    Optional.of(PhysicalCardNumber.of("00000000D14B0A54")),
                    null,
                    NOW,
                    "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ChargingCard(
                    1,
                    2,
                    3,
                    CardKind.IC_CARD,
                    Optional.of(PhysicalCardNumber.NONE),
                    null,
                    NOW,
                    "admin"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
