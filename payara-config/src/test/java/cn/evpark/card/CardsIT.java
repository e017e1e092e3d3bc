package cn.evpark.card;

import static cn.evpark.it.Sessions.logIn;
import static cn.evpark.it.Sessions.synced;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.AuthFailureReason;
import cn.evpark.ykc.protocol.message.BalanceUpdate;
import cn.evpark.ykc.protocol.message.CardStartReply;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StartMethod;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * IC cards on the piles end to end (issue 15, money.md §3, ykc-protocol.md §7.1–7.2, §7.11): a
 * swipe answered by 0x32, the session's record settling from the card once, refusals with the
 * protocol's reasons, the station's offline card lists following issue and block (and a delete a
 * pile offline at the time missed, at its next login), and an offline session's record settled from
 * its card. Each test has an operator of its own, piles 440305129500xx.
 */
@ExtendWith(SharedPlatform.class)
class CardsIT {

  static final Duration WAIT = Duration.ofSeconds(30);

  final URL base = SharedPlatform.base();

  OwnOperator operator(String tag, String... piles) throws Exception {
    return OwnOperator.create(base, "卡运营商" + tag, "cards-" + tag + "-admin", piles);
  }

  Simulator simulator() {
    return new Simulator(
        SimulatorConfig.builder()
            .port(MicroEnvironment.settings().ykcPort())
            .guns(1)
            .heartbeatInterval(Duration.ofSeconds(5))
            .chargingDataInterval(Duration.ofMillis(500))
            .chargePowerKw(600)
            .build());
  }

  /** Issues an IC card through the admin API; its id. */
  static long issue(OwnOperator operator, String phone, String physical) throws Exception {
    HttpResponse<String> issued =
        operator
            .staff()
            .post(
                "api/admin/cards",
                ("{\"kind\":\"IC_CARD\",\"stationId\":%d,\"phone\":\"%s\","
                        + "\"physicalNumber\":\"%s\"}")
                    .formatted(operator.station(), phone, physical));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return Long.parseLong(Json.field(issued.body(), "id"));
  }

  static void topUp(OwnOperator operator, long card, String amount, String requestId)
      throws Exception {
    HttpResponse<String> topUp =
        operator
            .staff()
            .post(
                "api/admin/cards/" + card + "/top-ups",
                "{\"amount\":%s,\"reason\":\"现金\",\"requestId\":\"%s\"}"
                    .formatted(amount, requestId));
    assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
  }

  static BigDecimal balance(OwnOperator operator, long card) throws Exception {
    return new BigDecimal(
        Json.field(operator.staff().get("api/admin/cards/" + card).body(), "balance"));
  }

  static CardStartReply swipe(VirtualPile pile, String physical) throws Exception {
    return pile.swipeCard(1, PhysicalCardNumber.of(physical))
        .toCompletableFuture()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Test
  void swipeOfAKnownCard_isAuthorised_andItsRecordDebitsTheCardOnce() throws Exception {
    OwnOperator operator = operator("c1", "44030512950001");
    long card = issue(operator, "13800000151", "D14B0A51");
    topUp(operator, card, "50.00", "c1-50");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("44030512950001"));
      logIn(pile);
      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);

      CardStartReply reply = swipe(pile, "00000000D14B0A51");

      assertThat(reply.authorised()).as(reply.toString()).isTrue();
      assertThat(reply.failureReason()).isEqualTo(AuthFailureReason.NONE);
      assertThat(reply.transactionSerial().isNone()).isFalse();
      assertThat(reply.balance()).isEqualByComparingTo("50.00");
      assertThat(reply.logicalCard().value()).isEqualTo(String.format("%016d", card));
      await(
          () ->
              pile.gun(1).toCompletableFuture().get().energy().compareTo(new BigDecimal("0.5"))
                  > 0);

      // a top-up during the session reaches the pile (0x42, ykc-protocol.md §7.9)
      var pushed = pile.received(BalanceUpdate.class);
      topUp(operator, card, "10.00", "c1-10");
      BalanceUpdate update = pushed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(update.balance()).isEqualByComparingTo("60.00");
      assertThat(update.card()).isEqualTo(PhysicalCardNumber.of("00000000D14B0A51"));

      TransactionRecord record =
          pile.stopAtPile(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(reply.transactionSerial())
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      // the pile sends its record again, as piles do when an acknowledgement is lost
      var again = pile.nextReceived(TransactionRecordAck.class);
      pile.send(record).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(again.get(WAIT.toSeconds(), TimeUnit.SECONDS).transactionSerial())
          .isEqualTo(reply.transactionSerial());
    }
    String orders = operator.staff().get("api/admin/charging-orders?phone=13800000151").body();
    assertThat(Json.field(orders, "total")).isEqualTo("1");
    BigDecimal total = new BigDecimal(Json.field(orders, "totalAmount"));
    assertThat(total.signum()).isPositive();
    assertThat(balance(operator, card))
        .isEqualByComparingTo(new BigDecimal("60.00").subtract(total));
    String records = operator.staff().get("api/admin/cards/" + card + "/records").body();
    assertThat(records.split("CHARGING_SETTLEMENT", -1)).as(records).hasSize(2);
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  @Test
  void unknownBlockedPoorAndForeignCards_areRefusedWithTheirReasons() throws Exception {
    OwnOperator operator = operator("c2", "44030512950002");
    OwnOperator other = operator("c2b");
    long frozen = issue(operator, "13800000152", "D14B0A52");
    topUp(operator, frozen, "50.00", "c2-50");
    long lost = issue(operator, "13800000153", "D14B0A53");
    topUp(operator, lost, "50.00", "c2-lost-50");
    issue(operator, "13800000154", "D14B0A54");
    long foreign = issue(other, "13800000155", "D14B0A55");
    topUp(other, foreign, "50.00", "c2b-50");
    assertThat(operator.staff().post("api/admin/cards/" + frozen + "/disable").statusCode())
        .isEqualTo(200);
    assertThat(operator.staff().post("api/admin/cards/" + lost + "/loss-report").statusCode())
        .isEqualTo(200);
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("44030512950002"));
      logIn(pile);
      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);

      assertThat(swipe(pile, "00000000D14B0A50").failureReason())
          .as("unknown card")
          .isEqualTo(AuthFailureReason.ACCOUNT_NOT_FOUND);
      assertThat(swipe(pile, "00000000D14B0A52").failureReason())
          .as("stopped card")
          .isEqualTo(AuthFailureReason.ACCOUNT_FROZEN);
      assertThat(swipe(pile, "00000000D14B0A53").failureReason())
          .as("card reported lost")
          .isEqualTo(AuthFailureReason.ACCOUNT_FROZEN);
      assertThat(swipe(pile, "00000000D14B0A54").failureReason())
          .as("card without money")
          .isEqualTo(AuthFailureReason.INSUFFICIENT_BALANCE);
      CardStartReply foreignReply = swipe(pile, "00000000D14B0A55");
      assertThat(foreignReply.failureReason())
          .as("another operator's station's card")
          .isEqualTo(AuthFailureReason.ACCOUNT_NOT_ALLOWED_AT_PILE);
      assertThat(foreignReply.authorised()).isFalse();
      assertThat(foreignReply.transactionSerial()).isEqualTo(TransactionSerial.NONE);
      assertThat(pile.gun(1).toCompletableFuture().get().transactionSerial())
          .isEqualTo(TransactionSerial.NONE);
    }
    HttpResponse<String> delete = operator.staff().delete("api/admin/cards/" + frozen);
    assertThat(delete.statusCode()).isEqualTo(409);
    assertThat(delete.body()).contains("card.delete.balance");
  }

  @Test
  void cardIssuedWhileItsPileIsOnline_reachesThePilesOfflineList_andLeavesItWhenBlocked()
      throws Exception {
    OwnOperator operator = operator("c3", "44030512950003");
    PhysicalCardNumber physical = PhysicalCardNumber.of("00000000D14B0A56");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("44030512950003"));
      logIn(pile);

      long card = issue(operator, "13800000156", "d14b0a56");
      await(() -> pile.settings().toCompletableFuture().get().offlineCards().contains(physical));
      assertThat(operator.staff().get("api/admin/cards/" + card + "/piles").body())
          .as("the pile's answer to 0x48")
          .isEqualTo("{\"44030512950003\":true}");

      assertThat(operator.staff().post("api/admin/cards/" + card + "/loss-report").statusCode())
          .isEqualTo(200);
      await(() -> !pile.settings().toCompletableFuture().get().offlineCards().contains(physical));
      assertThat(operator.staff().get("api/admin/cards/" + card + "/piles").body())
          .isEqualTo("{\"44030512950003\":false}");
    }
  }

  @Test
  void cardDeletedWhileItsPileIsOffline_leavesThePilesListAtItsNextLogin() throws Exception {
    OwnOperator operator = operator("c7", "44030512950007");
    PhysicalCardNumber physical = PhysicalCardNumber.of("00000000D14B0A5A");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("44030512950007"));
      logIn(pile);
      long card = issue(operator, "13800000171", "d14b0a5a");
      await(() -> pile.settings().toCompletableFuture().get().offlineCards().contains(physical));

      pile.disconnect().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      HttpResponse<String> deleted = operator.staff().delete("api/admin/cards/" + card);
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
      assertThat(pile.settings().toCompletableFuture().get().offlineCards())
          .as("the list of the pile offline at the delete")
          .contains(physical);

      logIn(pile);
      await(() -> !pile.settings().toCompletableFuture().get().offlineCards().contains(physical));
    }
  }

  @Test
  void recordOfAnOfflineSession_settlesFromItsCard() throws Exception {
    OwnOperator operator = operator("c4", "44030512950004");
    long card = issue(operator, "13800000157", "D14B0A57");
    topUp(operator, card, "50.00", "c4-50");
    PhysicalCardNumber physical = PhysicalCardNumber.of("00000000D14B0A57");
    TransactionSerial serial = TransactionSerial.of("44030512950004" + "01" + "2611300400000001");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(PileCode.of("44030512950004"));
      logIn(pile);
      await(() -> pile.settings().toCompletableFuture().get().offlineCards().contains(physical));

      pile.chargeOffline(1, serial, physical, new BigDecimal("10"))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    String orders = operator.staff().get("api/admin/charging-orders?phone=13800000157").body();
    assertThat(Json.field(orders, "total")).as(orders).isEqualTo("1");
    BigDecimal total = new BigDecimal(Json.field(orders, "totalAmount"));
    assertThat(total.signum()).isPositive();
    assertThat(Json.field(orders, "paymentStatus")).isEqualTo("PAID");
    assertThat(balance(operator, card))
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(total));
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  @Test
  void vinStart_ofABoundVehicle_isAuthorisedFromTheWallet_andAnUnknownVinRefused()
      throws Exception {
    OwnOperator operator = operator("c5", "44030512950005");
    String phone = "13800000158";
    String vin = "LSVAU2180N2183294";
    Http driver = new Http(base).asDriver(DriverLogin.token(base, phone));
    assertThat(driver.put("api/driver/vehicles/" + vin, "{}").statusCode()).isEqualTo(200);
    assertThat(driver.put("api/driver/vehicles/LSVAU2180N218329O", "{}").statusCode())
        .as("a VIN has no O")
        .isEqualTo(422);
    assertThat(operator.topUp(new Http(base), phone, "50.00", "c5-50").statusCode()).isEqualTo(201);
    PileCode code = PileCode.of("44030512950005");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);

      // the pile sends the VIN byte-reversed (ykc-protocol.md §3); the codec reverses it
      CardStartReply unknown = vinStart(pile, code, "LSVAU2180N2183295");
      CardStartReply known = vinStart(pile, code, vin);

      assertThat(unknown.authorised()).isFalse();
      assertThat(unknown.failureReason()).isEqualTo(AuthFailureReason.VIN_UNKNOWN);
      assertThat(known.authorised()).as(known.toString()).isTrue();
      assertThat(known.balance()).isEqualByComparingTo("50.00");
      assertThat(known.transactionSerial().isNone()).isFalse();
    }
    String orders = operator.staff().get("api/admin/charging-orders?phone=" + phone).body();
    assertThat(Json.field(orders, "total")).as(orders).isEqualTo("1");
    assertThat(Json.field(orders, "chargingType")).isEqualTo("VIN");
  }

  @Test
  void appStartPaidByAnECard_settlesFromTheCard_notTheWallet() throws Exception {
    OwnOperator operator = operator("c6", "44030512950006");
    String phone = "13800000159";
    HttpResponse<String> issued =
        operator
            .staff()
            .post(
                "api/admin/cards",
                "{\"kind\":\"E_CARD\",\"stationId\":%d,\"phone\":\"%s\"}"
                    .formatted(operator.station(), phone));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    long card = Long.parseLong(Json.field(issued.body(), "id"));
    topUp(operator, card, "30.00", "c6-30");
    Http driver = new Http(base).asDriver(DriverLogin.token(base, phone));
    PileCode code = PileCode.of("44030512950006");
    try (Simulator simulator = simulator()) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);
      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);

      HttpResponse<String> started =
          driver.post(
              "api/driver/charging-orders",
              "{\"pileCode\":\"%s\",\"gun\":1,\"cardId\":%d}".formatted(code.value(), card),
              "Idempotency-Key",
              "c6-start");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      TransactionSerial serial =
          TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
      await(() -> pile.gun(1).toCompletableFuture().get().transactionSerial().equals(serial));
      await(
          () ->
              pile.gun(1).toCompletableFuture().get().energy().compareTo(new BigDecimal("0.5"))
                  > 0);
      pile.stopAtPile(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      pile.acknowledged(serial).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
    String orders = operator.staff().get("api/admin/charging-orders?phone=" + phone).body();
    BigDecimal total = new BigDecimal(Json.field(orders, "totalAmount"));
    assertThat(total.signum()).isPositive();
    assertThat(balance(operator, card))
        .isEqualByComparingTo(new BigDecimal("30.00").subtract(total));
    String wallets = driver.get("api/driver/wallets").body();
    assertThat(wallets.equals("[]") || new BigDecimal(Json.field(wallets, "balance")).signum() == 0)
        .as("the wallet pays nothing: " + wallets)
        .isTrue();
  }

  static CardStartReply vinStart(VirtualPile pile, PileCode code, String vin) throws Exception {
    var reply = pile.nextReceived(CardStartReply.class);
    pile.send(
            new CardStartRequest(
                code,
                1,
                Code.of(StartMethod.VIN),
                false,
                PhysicalCardNumber.NONE,
                Bytes.zeros(16),
                vin))
        .toCompletableFuture()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    return reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  static void await(Callable<Boolean> check) {
    Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(check);
  }
}
