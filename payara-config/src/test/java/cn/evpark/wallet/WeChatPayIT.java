package cn.evpark.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
import cn.evpark.it.Sessions;
import cn.evpark.it.SharedPlatform;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WeChat Pay end to end on Payara Micro and MariaDB (money.md §6), against a local WeChat stub that
 * checks our APIv3 signature and signs its answers with the test's own WeChat Pay key:
 *
 * <ol>
 *   <li>a top-up: the administrator sets the demo operator's merchant, the demo driver starts a
 *       top-up, and WeChat's notices arrive: tampered, unknown serial, stale, probe and wrong
 *       amount are refused, the valid one credits the wallet, its repeat changes nothing;
 *   <li>a top-up whose notice does not come: the platform asks WeChat, credits it once, and the
 *       late notice changes nothing;
 *   <li>a top-up never paid: after its time_expire it is closed at WeChat and here, and a notice
 *       that WeChat took the money after all still credits it;
 *   <li>refunds of the wallet: split over the payments, completed by REFUND.SUCCESS with the ledger
 *       exact, replays changing nothing; ABNORMAL keeps the money in refund clearing until WeChat's
 *       later word (asked about by the platform); CLOSED and a refund WeChat refuses and does not
 *       have give the money back once; a success after that is kept for staff; a tampered refund
 *       notice is refused.
 * </ol>
 *
 * Each test has a driver of its own and pays in what it refunds; the demo operator's merchant
 * settings are made once before them. The platform asks WeChat every second, a second after an
 * order's creation, and orders expire after 3 s; the stub answers 503 for orders a test did not
 * script, as WeChat when it cannot be reached: those are left as they are.
 */
@ExtendWith(SharedPlatform.class)
@MicroProperties({
  "ykc.wechat-pay.base-url=http://127.0.0.1:" + WeChatPayIT.STUB_PORT,
  "ykc.wechat-pay.check-interval-seconds=1",
  "ykc.wechat-pay.check-after-seconds=1",
  "ykc.wechat-pay.time-expire-seconds=3"
})
class WeChatPayIT {

  /** Where the stub WeChat listens: fixed, as the Micro's configuration is set before it starts. */
  static final int STUB_PORT = 18493;

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String MCHID = "1900000109";
  static final String APPID = "wxd678efh567hg6787";
  static final String API_V3_KEY = "0123456789abcdefghijklmnopqrstuv";
  static final String SERIAL = "PUB_KEY_ID_0114232134912410000000000000";
  static final String PREPAY_ID = "wx201410272009395522657a690389285100";

  static final String ROTATED_SERIAL = "PUB_KEY_ID_0114232134912410000000000001";

  static final KeyPair WECHAT = generate();
  static final KeyPair ROTATED = generate();
  static final KeyPair MERCHANT = generate();
  static final List<String> CREATE_ORDERS = new CopyOnWriteArrayList<>();
  static HttpServer stub;

  /** What the stub WeChat knows of a payment order: trade_state, transaction_id, amount. */
  record Trade(String state, String transactionId, long totalFen) {}

  /** What the stub WeChat knows of a refund. */
  record StubRefund(String transactionId, long refundFen, long totalFen) {}

  /** Payment orders the tests scripted, by out_trade_no; any other is answered 503. */
  static final Map<String, Trade> TRADES = new ConcurrentHashMap<>();

  static final List<String> QUERIES = new CopyOnWriteArrayList<>();
  static final List<String> CLOSES = new CopyOnWriteArrayList<>();
  static final Map<String, StubRefund> REFUNDS = new ConcurrentHashMap<>();
  static final List<String> CREATE_REFUNDS = new CopyOnWriteArrayList<>();

  /** A refund of this many fen WeChat refuses, as when the merchant's balance is short. */
  static final long REFUSED_FEN = 1;

  /** A refund of this many fen WeChat makes, but the answer to its first create is lost. */
  static final long ANSWER_LOST_FEN = 2;

  static final List<String> REFUND_QUERIES = new CopyOnWriteArrayList<>();

  /** The refund_status WeChat's query answers, by out_refund_no: PROCESSING unless set. */
  static final Map<String, String> REFUND_STATUSES = new ConcurrentHashMap<>();

  static final String OPENID = "oUpF8uMuAJO_M2pxb1";

  final URL base = SharedPlatform.base();

  /** WeChat's create-order: answers a prepay id to a request signed with the merchant key. */
  @BeforeAll
  static void stubWeChat() throws IOException {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", STUB_PORT), 0);
    stub.createContext(
        "/v3/pay/transactions/jsapi",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          boolean signed =
              authorization != null
                  && authorization.startsWith("WECHATPAY2-SHA256-RSA2048 ")
                  && verifiesAuthorization(authorization, "POST", exchange.getRequestURI(), body);
          CREATE_ORDERS.add(body);
          byte[] answer =
              (signed
                      ? "{\"prepay_id\":\"" + PREPAY_ID + "\"}"
                      : "{\"code\":\"SIGN_ERROR\",\"message\":\"bad signature\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(signed ? 200 : 401, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    stub.createContext(
        "/v3/pay/transactions/out-trade-no/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          URI uri = exchange.getRequestURI();
          String method = exchange.getRequestMethod();
          if (!verifiesAuthorization(
              exchange.getRequestHeaders().getFirst("Authorization"), method, uri, body)) {
            answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"bad signature\"}");
            return;
          }
          String rest = uri.getRawPath().substring("/v3/pay/transactions/out-trade-no/".length());
          if (method.equals("POST") && rest.endsWith("/close")) {
            String outTradeNo = rest.substring(0, rest.length() - "/close".length());
            CLOSES.add(outTradeNo);
            TRADES.computeIfPresent(outTradeNo, (no, t) -> new Trade("CLOSED", null, t.totalFen()));
            answer(exchange, 204, "");
            return;
          }
          QUERIES.add(rest);
          Trade trade = TRADES.get(rest);
          if (trade == null || !("mchid=" + MCHID).equals(uri.getRawQuery())) {
            answer(exchange, 503, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"busy\"}");
            return;
          }
          answer(exchange, 200, queried(rest, trade));
        });
    stub.createContext(
        "/v3/refund/domestic/refunds",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          URI uri = exchange.getRequestURI();
          String method = exchange.getRequestMethod();
          if (!verifiesAuthorization(
              exchange.getRequestHeaders().getFirst("Authorization"), method, uri, body)) {
            answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"bad signature\"}");
            return;
          }
          if (method.equals("POST")) {
            CREATE_REFUNDS.add(body);
            String outRefundNo = Json.field(body, "out_refund_no");
            long refundFen = Long.parseLong(Json.field(body, "refund"));
            if (refundFen == REFUSED_FEN) {
              answer(exchange, 403, "{\"code\":\"NOT_ENOUGH\",\"message\":\"基本账户余额不足\"}");
              return;
            }
            if (refundFen == ANSWER_LOST_FEN && !REFUNDS.containsKey(outRefundNo)) {
              REFUNDS.put(
                  outRefundNo,
                  new StubRefund(
                      Json.field(body, "transaction_id"),
                      refundFen,
                      Long.parseLong(Json.field(body, "total"))));
              answer(exchange, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"lost\"}");
              return;
            }
            // one refund per out_refund_no: a repeated create answers the first
            StubRefund refund =
                REFUNDS.computeIfAbsent(
                    outRefundNo,
                    no ->
                        new StubRefund(
                            Json.field(body, "transaction_id"),
                            refundFen,
                            Long.parseLong(Json.field(body, "total"))));
            answer(exchange, 200, refundAnswer(outRefundNo, refund, "PROCESSING"));
            return;
          }
          String outRefundNo = uri.getRawPath().substring("/v3/refund/domestic/refunds/".length());
          REFUND_QUERIES.add(outRefundNo);
          StubRefund refund = REFUNDS.get(outRefundNo);
          if (refund == null) {
            answer(exchange, 404, "{\"code\":\"RESOURCE_NOT_EXISTS\",\"message\":\"none\"}");
            return;
          }
          answer(
              exchange,
              200,
              refundAnswer(
                  outRefundNo, refund, REFUND_STATUSES.getOrDefault(outRefundNo, "PROCESSING")));
        });
    stub.start();
  }

  /** Answers as WeChat does: JSON signed with WeChat's key under its serial. */
  static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String nonce = "C4E5B1B1A8D34B2F9F5E3D0C2A1B0F9E";
    try {
      exchange.getResponseHeaders().set("Wechatpay-Timestamp", timestamp);
      exchange.getResponseHeaders().set("Wechatpay-Nonce", nonce);
      exchange
          .getResponseHeaders()
          .set(
              "Wechatpay-Signature",
              sign(WECHAT.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"));
      exchange.getResponseHeaders().set("Wechatpay-Serial", SERIAL);
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  /** WeChat's answer to a query: a paid order with its transaction, an unpaid one without. */
  static String queried(String outTradeNo, Trade trade) {
    if (trade.transactionId() != null) {
      return transaction(outTradeNo, trade.transactionId(), trade.totalFen())
          .replace("\"trade_state\":\"SUCCESS\"", "\"trade_state\":\"" + trade.state() + "\"");
    }
    return "{\"mchid\":\""
        + MCHID
        + "\",\"appid\":\""
        + APPID
        + "\",\"out_trade_no\":\""
        + outTradeNo
        + "\",\"trade_state\":\""
        + trade.state()
        + "\",\"trade_state_desc\":\"订单未支付\",\"amount\":{\"total\":"
        + trade.totalFen()
        + ",\"currency\":\"CNY\"}}";
  }

  /** WeChat's refund as its create and query answer it. */
  static String refundAnswer(String outRefundNo, StubRefund refund, String status) {
    return "{\"refund_id\":\""
        + refundId(outRefundNo)
        + "\",\"out_refund_no\":\""
        + outRefundNo
        + "\",\"transaction_id\":\""
        + refund.transactionId()
        + "\",\"out_trade_no\":\"TU\",\"channel\":\"ORIGINAL\","
        + "\"user_received_account\":\"支付用户零钱\",\"create_time\":\"2026-11-30T19:05:00+08:00\","
        + "\"status\":\""
        + status
        + "\",\"amount\":{\"total\":"
        + refund.totalFen()
        + ",\"refund\":"
        + refund.refundFen()
        + ",\"payer_total\":"
        + refund.totalFen()
        + ",\"payer_refund\":"
        + refund.refundFen()
        + ",\"settlement_refund\":"
        + refund.refundFen()
        + ",\"settlement_total\":"
        + refund.totalFen()
        + ",\"discount_refund\":0,\"currency\":\"CNY\"}}";
  }

  /** WeChat's refund_id of our refund in the stub: 50 and the last digits of our number. */
  static String refundId(String outRefundNo) {
    return "50" + Math.abs(outRefundNo.hashCode());
  }

  /** The demo operator's merchant settings, WeChat's rotated key beside its first. */
  @BeforeAll
  static void configureMerchant() throws Exception {
    URL base = SharedPlatform.base();
    HttpResponse<String> configured =
        new Http(base)
            .put(
                "api/admin/operators/" + Sessions.demoOperator(new Http(base)) + "/wechat-pay",
                settings(base, Map.of(ROTATED_SERIAL, ROTATED)));
    assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
  }

  @AfterAll
  static void stopStub() {
    if (stub != null) {
      stub.stop(0);
    }
  }

  @Test
  void topUp_creditsTheWalletOnce_andRefusesNoticesThatDoNotVerifyOrFit() throws Exception {
    Http admin = new Http(base);
    long operatorId = demoOperator();

    HttpResponse<String> configured =
        admin.put("api/admin/operators/" + operatorId + "/wechat-pay", settings(Map.of()));
    assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
    // WeChat rotates its key: the new one beside the old
    configured =
        admin.put(
            "api/admin/operators/" + operatorId + "/wechat-pay",
            settings(Map.of(ROTATED_SERIAL, ROTATED)));
    assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
    String read = admin.get("api/admin/operators/" + operatorId + "/wechat-pay").body();
    assertThat(read).contains(MCHID, SERIAL, ROTATED_SERIAL).doesNotContain(API_V3_KEY, "apiV3Key");
    assertThat(read).doesNotContain(base64(MERCHANT.getPrivate().getEncoded()).substring(0, 40));

    Http driver = driver("13800000101");
    BigDecimal before = balance(driver);
    BigDecimal clearingBefore = account(operatorId, "WECHAT_CLEARING");
    int ordersBefore = CREATE_ORDERS.size();

    HttpResponse<String> tooMuch =
        driver.post(
            "api/driver/top-ups",
            "{\"operatorId\":"
                + operatorId
                + ",\"amount\":5000.01,\"openid\":\"oUpF8uMuAJO_M2pxb1\"}");
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
    assertThat(CREATE_ORDERS).as("nothing asked of WeChat").hasSize(ordersBefore);

    HttpResponse<String> started =
        driver.post(
            "api/driver/top-ups",
            "{\"operatorId\":"
                + operatorId
                + ",\"amount\":50.00,\"openid\":\"oUpF8uMuAJO_M2pxb1\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body())
        .contains("\"state\":\"CREATED\"", "\"package\":\"prepay_id=" + PREPAY_ID + "\"");
    String outTradeNo = Json.field(started.body(), "outTradeNo");
    assertThat(CREATE_ORDERS).hasSize(ordersBefore + 1);
    assertThat(CREATE_ORDERS.get(ordersBefore))
        .contains(
            "\"out_trade_no\":\"" + outTradeNo + "\"",
            "\"total\":5000",
            "\"mchid\":\"" + MCHID + "\"");
    assertThat(
            verifies(
                MERCHANT.getPublic(),
                APPID
                    + "\n"
                    + Json.field(started.body(), "timeStamp")
                    + "\n"
                    + Json.field(started.body(), "nonceStr")
                    + "\nprepay_id="
                    + PREPAY_ID
                    + "\n",
                Json.field(started.body(), "paySign")))
        .as("paySign is the merchant key's")
        .isTrue();

    String transactionId = "4200000001202611300000000001";
    String paid = transaction(outTradeNo, transactionId, 5000);
    Instant now = Instant.now();
    Notice valid = notice(paid, now);
    Notice validByRotatedKey = notice(paid, now, ROTATED, ROTATED_SERIAL);

    Notice tampered = valid.withBody(valid.body().replace("支付成功", "支付失败"));
    assertRefused(tampered, 401);
    assertRefused(valid.withSerial("PUB_KEY_ID_0000000000000000000000000000000000"), 401);
    assertRefused(notice(paid, now.minus(Duration.ofMinutes(6))), 401);
    assertRefused(valid.withSignature("WECHATPAY/SIGNTEST/" + valid.signature()), 401);
    assertRefused(notice(transaction(outTradeNo, transactionId, 4999), now), 400);
    assertThat(balance(driver)).isEqualByComparingTo(before);

    assertThat(post(validByRotatedKey).statusCode()).isEqualTo(204);
    assertThat(post(valid).statusCode()).as("a repeat, by the old key").isEqualTo(204);
    assertThat(post(valid).statusCode()).as("a repeat").isEqualTo(204);
    assertThat(post(notice(paid, Instant.now())).statusCode()).as("a resend").isEqualTo(204);

    assertThat(balance(driver)).isEqualByComparingTo(before.add(new BigDecimal("50.00")));
    String topUps = driver.get("api/driver/top-ups").body();
    assertThat(topUps)
        .contains(
            "\"outTradeNo\":\"" + outTradeNo + "\"",
            "\"state\":\"PAID\"",
            "\"transactionId\":\"" + transactionId + "\"");
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM ledger_transaction WHERE kind = 'WECHAT_TOP_UP'"
                      + " AND idempotency_key = 'wechat-top-up:"
                      + transactionId
                      + "'"))
          .isEqualTo(1);
    }
    assertThat(account(operatorId, "WECHAT_CLEARING"))
        .isEqualByComparingTo(clearingBefore.subtract(new BigDecimal("50.00")));
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  @Test
  void unpaidOrder_isAskedAbout_andCreditedOnce_evenWhenItsNoticeThenComes() throws Exception {
    long operatorId = demoOperator();
    Http driver = driver("13800000102");
    BigDecimal before = balance(driver);
    String outTradeNo = startTopUp(driver, operatorId, "20.00");
    String transactionId = "4200000001202611300000000002";
    // WeChat cannot be reached at first (the stub answers 503): the order is left as it is
    Awaitility.await().atMost(WAIT).until(() -> QUERIES.contains(outTradeNo));
    assertThat(state(driver, outTradeNo)).isEqualTo("CREATED");
    // WeChat took the money, but its notice is lost: the next rounds ask again
    TRADES.put(outTradeNo, new Trade("SUCCESS", transactionId, 2000));

    Awaitility.await().atMost(WAIT).until(() -> state(driver, outTradeNo).equals("PAID"));

    assertThat(balance(driver)).isEqualByComparingTo(before.add(new BigDecimal("20.00")));
    assertThat(
            post(notice(transaction(outTradeNo, transactionId, 2000), Instant.now())).statusCode())
        .as("the late notice")
        .isEqualTo(204);
    assertThat(balance(driver)).isEqualByComparingTo(before.add(new BigDecimal("20.00")));
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM ledger_transaction WHERE idempotency_key LIKE"
                      + " 'wechat-top-up:"
                      + transactionId
                      + "%'"))
          .isEqualTo(1);
    }
  }

  @Test
  void unpaidOrder_pastTimeExpire_isClosedAtWeChat_andAPaymentWeChatReportsStillCredits()
      throws Exception {
    long operatorId = demoOperator();
    Http driver = driver("13800000103");
    BigDecimal before = balance(driver);
    String outTradeNo = startTopUp(driver, operatorId, "10.00");
    assertThat(CREATE_ORDERS.get(CREATE_ORDERS.size() - 1)).contains("\"time_expire\":\"");
    TRADES.put(outTradeNo, new Trade("NOTPAY", null, 1000));

    Awaitility.await().atMost(WAIT).until(() -> state(driver, outTradeNo).equals("CLOSED"));

    assertThat(CLOSES).containsOnlyOnce(outTradeNo);
    assertThat(balance(driver)).isEqualByComparingTo(before);
    // WeChat took the money in the last moment before the close: it is never lost
    String transactionId = "4200000001202611300000000003";
    assertThat(
            post(notice(transaction(outTradeNo, transactionId, 1000), Instant.now())).statusCode())
        .isEqualTo(204);
    assertThat(
            post(notice(transaction(outTradeNo, transactionId, 1000), Instant.now())).statusCode())
        .as("a repeat")
        .isEqualTo(204);
    assertThat(state(driver, outTradeNo)).isEqualTo("PAID");
    assertThat(balance(driver)).isEqualByComparingTo(before.add(new BigDecimal("10.00")));
  }

  @Test
  void refund_isSplitOverThePayments_completedByItsNotices_ledgerExact_replaysChangeNothing()
      throws Exception {
    long operatorId = demoOperator();
    Http driver = driver("13800000104");
    // three payments, the newest last: 50.00, 20.00, 10.00
    paidTopUp(driver, operatorId, "50.00", "4200000001202611300000000041");
    paidTopUp(driver, operatorId, "20.00", "4200000001202611300000000042");
    paidTopUp(driver, operatorId, "10.00", "4200000001202611300000000043");
    BigDecimal before = balance(driver);
    assertThat(before).isEqualByComparingTo("80.00");
    BigDecimal clearingBefore = account(operatorId, "WECHAT_CLEARING");
    BigDecimal refundClearingBefore = account(operatorId, "WECHAT_REFUND_CLEARING");
    int refundsBefore = CREATE_REFUNDS.size();
    String request = "{\"operatorId\":" + operatorId + ",\"amount\":65.00}";

    assertThat(
            refund(
                    driver,
                    "k-too-much",
                    "{\"operatorId\":"
                        + operatorId
                        + ",\"amount\":"
                        + before.add(BigDecimal.ONE)
                        + "}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            refund(driver, "k-zero", "{\"operatorId\":" + operatorId + ",\"amount\":0}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            refund(driver, "k-negative", "{\"operatorId\":" + operatorId + ",\"amount\":-1.00}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            refund(driver, "k-mills", "{\"operatorId\":" + operatorId + ",\"amount\":1.001}")
                .statusCode())
        .isEqualTo(400);
    assertThat(driver.post("api/driver/refunds", request).statusCode()).as("no key").isEqualTo(400);
    assertThat(CREATE_REFUNDS).as("nothing asked of WeChat").hasSize(refundsBefore);

    HttpResponse<String> made = refund(driver, "k-65", request);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    // the newest payments first: 10.00, 20.00, then 35.00 of the 50.00
    List<String> refunds = objects(made.body());
    assertThat(refunds).hasSize(3);
    assertThat(refunds.get(0)).contains("\"amount\":10", "\"state\":\"PROCESSING\"");
    assertThat(refunds.get(1)).contains("\"amount\":20", "\"state\":\"PROCESSING\"");
    assertThat(refunds.get(2)).contains("\"amount\":35", "\"state\":\"PROCESSING\"");
    // WeChat makes one refund per out_refund_no: a create sent by the request and again by the
    // periodic check (when the request took longer than ykc.wechat-pay.check-after-seconds) is
    // one refund, so the creates are counted by out_refund_no.
    List<String> outRefundNos = refunds.stream().map(r -> Json.field(r, "outRefundNo")).toList();
    assertThat(refundsAskedOfWeChat(refundsBefore)).containsExactlyElementsOf(outRefundNos);
    assertThat(CREATE_REFUNDS.stream().filter(body -> body.contains(outRefundNos.get(2))))
        .first()
        .asString()
        .contains(
            "\"transaction_id\":\"4200000001202611300000000041\"",
            "\"refund\":3500",
            "\"total\":5000");
    HttpResponse<String> repeat = refund(driver, "k-65", request);
    assertThat(repeat.statusCode()).isEqualTo(201);
    assertThat(objects(repeat.body()).stream().map(r -> Json.field(r, "outRefundNo")).toList())
        .as("the first request's refunds")
        .isEqualTo(refunds.stream().map(r -> Json.field(r, "outRefundNo")).toList());
    assertThat(refundsAskedOfWeChat(refundsBefore))
        .as("no other refund")
        .containsExactlyElementsOf(outRefundNos);
    HttpResponse<String> reused =
        refund(driver, "k-65", "{\"operatorId\":" + operatorId + ",\"amount\":64.00}");
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
    assertThat(reused.body()).contains("wechatpay.refund.keyReused");
    BigDecimal left = before.subtract(new BigDecimal("65.00"));
    assertThat(balance(driver)).isEqualByComparingTo(left);
    assertThat(account(operatorId, "WECHAT_REFUND_CLEARING"))
        .isEqualByComparingTo(refundClearingBefore.add(new BigDecimal("65.00")));

    Notice first = refundNotice(refunds.get(0), "SUCCESS");
    assertRefused(first.withBody(first.body().replace("REFUND.SUCCESS", "REFUND.CLOSED")), 401);
    for (String refund : refunds) {
      assertThat(post(refundNotice(refund, "SUCCESS")).statusCode()).isEqualTo(204);
      assertThat(post(refundNotice(refund, "SUCCESS")).statusCode()).as("a replay").isEqualTo(204);
    }

    assertThat(balance(driver)).isEqualByComparingTo(left);
    assertThat(account(operatorId, "WECHAT_REFUND_CLEARING"))
        .isEqualByComparingTo(refundClearingBefore);
    assertThat(account(operatorId, "WECHAT_CLEARING"))
        .isEqualByComparingTo(clearingBefore.add(new BigDecimal("65.00")));
    String listed = driver.get("api/driver/refunds").body();
    for (String refund : refunds) {
      assertThat(object(listed, Json.field(refund, "outRefundNo")))
          .contains("\"state\":\"SUCCESS\"");
    }
    // staff see the refunds and their states (用户管理), within their operator
    Http admin = new Http(base);
    String driverId = Json.field(admin.get("api/admin/drivers?phone=13800000104").body(), "id");
    String forStaff = admin.get("api/admin/refunds?size=100&driverId=" + driverId).body();
    for (String refund : refunds) {
      assertThat(object(forStaff, Json.field(refund, "outRefundNo")))
          .contains("\"state\":\"SUCCESS\"", "\"amount\":", "\"needsStaff\":false");
    }
    assertThat(outcomes("WECHAT_REFUND_PAID", outRefundNos)).isEqualTo(3);
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  @Test
  void refund_abnormalWaitsForWeChat_closedOrNeverMadeGivesTheMoneyBackOnce() throws Exception {
    long operatorId = demoOperator();
    Http driver = driver("13800000105");
    paidTopUp(driver, operatorId, "20.00", "4200000001202611300000000051");
    BigDecimal before = balance(driver);
    BigDecimal clearingBefore = account(operatorId, "WECHAT_CLEARING");
    BigDecimal refundClearingBefore = account(operatorId, "WECHAT_REFUND_CLEARING");

    // ABNORMAL: the money left the merchant and is stuck at WeChat; it is not the wallet's again
    String abnormal =
        single(refund(driver, "k-abnormal", "{\"operatorId\":" + operatorId + ",\"amount\":5.00}"));
    String abnormalNo = Json.field(abnormal, "outRefundNo");
    assertThat(post(refundNotice(abnormal, "ABNORMAL")).statusCode()).isEqualTo(204);
    assertThat(post(refundNotice(abnormal, "ABNORMAL")).statusCode()).as("a replay").isEqualTo(204);
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(new BigDecimal("5.00")));
    assertThat(account(operatorId, "WECHAT_REFUND_CLEARING"))
        .isEqualByComparingTo(refundClearingBefore.add(new BigDecimal("5.00")));
    assertThat(object(driver.get("api/driver/refunds").body(), abnormalNo))
        .contains("\"state\":\"ABNORMAL\"");
    Http admin = new Http(base);
    String forStaff = "api/admin/operators/" + operatorId + "/wechat-pay/refunds/for-staff";
    assertThat(object(admin.get(forStaff).body(), abnormalNo)).contains("\"state\":\"ABNORMAL\"");
    // WeChat closes it: now the money goes back, once
    assertThat(post(refundNotice(abnormal, "CLOSED")).statusCode()).isEqualTo(204);
    assertThat(post(refundNotice(abnormal, "CLOSED")).statusCode()).as("a replay").isEqualTo(204);
    assertThat(balance(driver)).isEqualByComparingTo(before);

    // ABNORMAL resolved at WeChat (apply-abnormal-refund): the platform asks and learns SUCCESS
    String stuck =
        single(refund(driver, "k-stuck", "{\"operatorId\":" + operatorId + ",\"amount\":3.00}"));
    String stuckNo = Json.field(stuck, "outRefundNo");
    assertThat(post(refundNotice(stuck, "ABNORMAL")).statusCode()).isEqualTo(204);
    REFUND_STATUSES.put(stuckNo, "SUCCESS");
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                object(driver.get("api/driver/refunds").body(), stuckNo)
                    .contains("\"state\":\"SUCCESS\""));
    BigDecimal paidOut = new BigDecimal("3.00");
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(paidOut));

    String closed =
        single(refund(driver, "k-closed", "{\"operatorId\":" + operatorId + ",\"amount\":4.00}"));
    String closedNo = Json.field(closed, "outRefundNo");
    assertThat(post(refundNotice(closed, "CLOSED")).statusCode()).isEqualTo(204);
    assertThat(post(refundNotice(closed, "SUCCESS")).statusCode())
        .as("paid out after its money went back: taken, and kept for staff")
        .isEqualTo(204);
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(paidOut));
    assertThat(object(driver.get("api/driver/refunds").body(), closedNo))
        .contains("\"state\":\"CLOSED\"", "\"needsStaff\":true", "WeChat says SUCCESS");
    assertThat(object(admin.get(forStaff).body(), closedNo))
        .contains("\"state\":\"CLOSED\"", "\"needsStaff\":true");
    assertThat(admin.get(forStaff).body())
        .as("resolved: no longer for staff")
        .doesNotContain(abnormalNo, stuckNo);

    // WeChat refuses the create and, asked, has no such refund: it was never made
    HttpResponse<String> refused =
        refund(driver, "k-refused", "{\"operatorId\":" + operatorId + ",\"amount\":0.01}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
    assertThat(single(refused)).contains("\"state\":\"FAILED\"", "NOT_ENOUGH");
    assertThat(REFUND_QUERIES).contains(Json.field(single(refused), "outRefundNo"));
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(paidOut));

    assertThat(account(operatorId, "WECHAT_REFUND_CLEARING"))
        .isEqualByComparingTo(refundClearingBefore);
    assertThat(account(operatorId, "WECHAT_CLEARING"))
        .isEqualByComparingTo(clearingBefore.add(paidOut));
    assertThat(
            outcomes(
                "WECHAT_REFUND_RETURNED",
                List.of(abnormalNo, closedNo, Json.field(single(refused), "outRefundNo"))))
        .isEqualTo(3);
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM ledger_transaction WHERE idempotency_key"
                      + " = 'wechat-refund-outcome:"
                      + closedNo
                      + "'"))
          .as("one outcome per refund")
          .isEqualTo(1);
    }
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  @Test
  void refund_whoseCreateAnswerIsLost_isSentAgain_andWeChatMakesItOnce() throws Exception {
    long operatorId = demoOperator();
    Http driver = driver("13800000106");
    paidTopUp(driver, operatorId, "1.00", "4200000001202611300000000061");
    BigDecimal before = balance(driver);
    BigDecimal refundClearingBefore = account(operatorId, "WECHAT_REFUND_CLEARING");

    String lost =
        single(refund(driver, "k-lost", "{\"operatorId\":" + operatorId + ",\"amount\":0.02}"));
    String outRefundNo = Json.field(lost, "outRefundNo");
    assertThat(lost).contains("\"state\":\"REQUESTED\"");
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(new BigDecimal("0.02")));

    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                object(driver.get("api/driver/refunds").body(), outRefundNo)
                    .contains("\"state\":\"PROCESSING\""));
    assertThat(CREATE_REFUNDS.stream().filter(body -> body.contains(outRefundNo)).count())
        .as("sent again with the same out_refund_no")
        .isGreaterThanOrEqualTo(2);
    // a refund PROCESSING whose notice has not come is asked about
    Awaitility.await().atMost(WAIT).until(() -> REFUND_QUERIES.contains(outRefundNo));
    assertThat(post(refundNotice(lost, "SUCCESS")).statusCode()).isEqualTo(204);

    assertThat(object(driver.get("api/driver/refunds").body(), outRefundNo))
        .contains("\"state\":\"SUCCESS\"");
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(new BigDecimal("0.02")));
    assertThat(account(operatorId, "WECHAT_REFUND_CLEARING"))
        .isEqualByComparingTo(refundClearingBefore);
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  long demoOperator() throws Exception {
    return Sessions.demoOperator(new Http(base));
  }

  String startTopUp(Http driver, long operatorId, String amount) throws Exception {
    HttpResponse<String> started =
        driver.post(
            "api/driver/top-ups",
            "{\"operatorId\":"
                + operatorId
                + ",\"amount\":"
                + amount
                + ",\"openid\":\""
                + OPENID
                + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Json.field(started.body(), "outTradeNo");
  }

  /** The state of a top-up as the driver sees it. */
  String state(Http driver, String outTradeNo) throws Exception {
    return Json.field(object(driver.get("api/driver/top-ups").body(), outTradeNo), "state");
  }

  HttpResponse<String> refund(Http driver, String key, String body) throws Exception {
    return driver.post("api/driver/refunds", body, "Idempotency-Key", key);
  }

  /** The one refund a request made. */
  static String single(HttpResponse<String> made) {
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    List<String> refunds = objects(made.body());
    assertThat(refunds).hasSize(1);
    return refunds.get(0);
  }

  /** WeChat's notice on a refund as the API listed it, signed with WeChat's first key. */
  static Notice refundNotice(String refund, String status) throws GeneralSecurityException {
    String outRefundNo = Json.field(refund, "outRefundNo");
    REFUND_STATUSES.put(outRefundNo, status);
    StubRefund atWeChat = REFUNDS.get(outRefundNo);
    assertThat(atWeChat).as("WeChat has " + outRefundNo).isNotNull();
    String resource =
        "{\"mchid\":\""
            + MCHID
            + "\",\"out_trade_no\":\""
            + Json.field(refund, "outTradeNo")
            + "\",\"transaction_id\":\""
            + atWeChat.transactionId()
            + "\",\"out_refund_no\":\""
            + outRefundNo
            + "\",\"refund_id\":\""
            + refundId(outRefundNo)
            + "\",\"refund_status\":\""
            + status
            + "\",\"success_time\":\"2026-11-30T19:10:00+08:00\","
            + "\"user_received_account\":\"支付用户零钱\",\"amount\":{\"total\":"
            + atWeChat.totalFen()
            + ",\"refund\":"
            + atWeChat.refundFen()
            + ",\"payer_total\":"
            + atWeChat.totalFen()
            + ",\"payer_refund\":"
            + atWeChat.refundFen()
            + "}}";
    return notice(resource, Instant.now(), WECHAT, SERIAL, "REFUND." + status, "refund");
  }

  /** The flat JSON objects of a list. */
  static List<String> objects(String array) {
    List<String> found = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(array);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The flat JSON object of a list that holds {@code value}. */
  static String object(String array, String value) {
    return objects(array).stream()
        .filter(o -> o.contains("\"" + value + "\""))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + value + " in " + array));
  }

  /** An account of the operator's, yuan. */
  static BigDecimal account(long operatorId, String kind) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        java.sql.ResultSet row =
            query.executeQuery(
                "SELECT COALESCE(SUM(balance), 0) FROM ledger_account WHERE kind = '"
                    + kind
                    + "' AND operator_id = "
                    + operatorId)) {
      row.next();
      return row.getBigDecimal(1);
    }
  }

  /** The application's base URL, ending in a slash. */
  String app() {
    return app(base);
  }

  static String app(URL base) {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  /**
   * The out_refund_no of each refund WeChat was asked to make since the {@code since}-th create, in
   * the order first asked.
   */
  static List<String> refundsAskedOfWeChat(int since) {
    return CREATE_REFUNDS.subList(since, CREATE_REFUNDS.size()).stream()
        .map(body -> Json.field(body, "out_refund_no"))
        .distinct()
        .toList();
  }

  void assertRefused(Notice notice, int status) throws Exception {
    HttpResponse<String> answer = post(notice);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains("\"code\":\"FAIL\"", "\"message\":");
  }

  /** The driver's balance, yuan: none before the first top-up, then the one wallet's. */
  BigDecimal balance(Http driver) throws Exception {
    String wallets = driver.get("api/driver/wallets").body();
    if (wallets.equals("[]")) {
      return BigDecimal.ZERO;
    }
    assertThat(wallets.split("\"operatorId\"", -1)).as("one wallet").hasSize(2);
    return new BigDecimal(Json.field(wallets, "balance"));
  }

  /** A notice posted as WeChat posts it: no login, the four headers, the raw body. */
  HttpResponse<String> post(Notice notice) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app() + "api/payments/wechat/notify"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Wechatpay-Timestamp", notice.timestamp())
            .header("Wechatpay-Nonce", notice.nonce())
            .header("Wechatpay-Signature", notice.signature())
            .header("Wechatpay-Serial", notice.serial())
            .POST(HttpRequest.BodyPublishers.ofString(notice.body(), StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A notice as WeChat sends one. */
  record Notice(String timestamp, String nonce, String signature, String serial, String body) {
    Notice withBody(String other) {
      return new Notice(timestamp, nonce, signature, serial, other);
    }

    Notice withSerial(String other) {
      return new Notice(timestamp, nonce, signature, other, body);
    }

    Notice withSignature(String other) {
      return new Notice(timestamp, nonce, other, serial, body);
    }
  }

  /** The merchant settings with the first WeChat Pay key and {@code more}. */
  String settings(Map<String, KeyPair> more) {
    return settings(base, more);
  }

  /** The merchant settings of the platform at {@code base}: WeChat's first key and {@code more}. */
  static String settings(URL base, Map<String, KeyPair> more) {
    StringBuilder keys =
        new StringBuilder("\"" + SERIAL + "\":\"" + base64(WECHAT.getPublic().getEncoded()) + "\"");
    more.forEach(
        (serial, key) ->
            keys.append(",\"")
                .append(serial)
                .append("\":\"")
                .append(base64(key.getPublic().getEncoded()))
                .append("\""));
    return "{\"mchid\":\""
        + MCHID
        + "\",\"appid\":\""
        + APPID
        + "\",\"apiV3Key\":\""
        + API_V3_KEY
        + "\",\"merchantSerial\":\"5157F09EFDC096DE15EBE81A47057A7232F1B8E1\","
        + "\"merchantPrivateKey\":\""
        + base64(MERCHANT.getPrivate().getEncoded())
        + "\",\"notifyUrl\":\""
        + app(base)
        + "api/payments/wechat/notify\",\"publicKeys\":{"
        + keys
        + "}}";
  }

  /** Encrypts the resource with the APIv3 key and signs the notice with WeChat's first key. */
  static Notice notice(String transaction, Instant at) throws GeneralSecurityException {
    return notice(transaction, at, WECHAT, SERIAL);
  }

  /** Encrypts the resource with the APIv3 key and signs the notice with {@code key}. */
  static Notice notice(String transaction, Instant at, KeyPair key, String serial)
      throws GeneralSecurityException {
    return notice(transaction, at, key, serial, "TRANSACTION.SUCCESS", "transaction");
  }

  /**
   * A notice of {@code eventType} whose resource of {@code originalType} is encrypted and signed.
   */
  static Notice notice(
      String resource,
      Instant at,
      KeyPair key,
      String serial,
      String eventType,
      String originalType)
      throws GeneralSecurityException {
    String transaction = resource;
    String resourceNonce = "fdasflkja484";
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
        new GCMParameterSpec(128, resourceNonce.getBytes(StandardCharsets.UTF_8)));
    aes.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
    String ciphertext = base64(aes.doFinal(transaction.getBytes(StandardCharsets.UTF_8)));
    String body =
        "{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2026-11-30T19:00:00+08:00\","
            + "\"resource_type\":\"encrypt-resource\",\"event_type\":\""
            + eventType
            + "\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\""
            + originalType
            + "\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
            + ciphertext
            + "\",\"associated_data\":\"transaction\",\"nonce\":\""
            + resourceNonce
            + "\"}}";
    String timestamp = Long.toString(at.getEpochSecond());
    String nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    return new Notice(
        timestamp,
        nonce,
        sign(key.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n"),
        serial,
        body);
  }

  static String transaction(String outTradeNo, String transactionId, long totalFen) {
    return "{\"mchid\":\""
        + MCHID
        + "\",\"appid\":\""
        + APPID
        + "\",\"out_trade_no\":\""
        + outTradeNo
        + "\",\"transaction_id\":\""
        + transactionId
        + "\",\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\",\"trade_state_desc\":\"支付成功\","
        + "\"bank_type\":\"OTHERS\",\"success_time\":\"2026-11-30T19:00:00+08:00\","
        + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1\"},\"amount\":{\"total\":"
        + totalFen
        + ",\"payer_total\":"
        + totalFen
        + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
  }

  /** WeChat's check of our request signature: method, path, timestamp, nonce, body. */
  static boolean verifiesAuthorization(String authorization, String method, URI uri, String body) {
    String timestamp = param(authorization, "timestamp");
    String nonce = param(authorization, "nonce_str");
    String signature = param(authorization, "signature");
    boolean merchant = MCHID.equals(param(authorization, "mchid"));
    String url =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    String message = method + "\n" + url + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    return merchant && verifies(MERCHANT.getPublic(), message, signature);
  }

  static String param(String authorization, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(authorization);
    return m.find() ? m.group(1) : "";
  }

  static boolean verifies(PublicKey key, String message, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  static String sign(PrivateKey key, String message) throws GeneralSecurityException {
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(message.getBytes(StandardCharsets.UTF_8));
    return base64(rsa.sign());
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return rsa.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The demo driver's token, logged in once: login codes are limited per phone. */
  /** A driver of this test's own, logged in by phone. */
  Http driver(String phone) throws Exception {
    return new Http(base).asDriver(DriverLogin.token(base, phone));
  }

  /**
   * A top-up WeChat reports paid by its notice: the wallet credited with {@code amount} yuan.
   *
   * @return its out_trade_no
   */
  String paidTopUp(Http driver, long operatorId, String amount, String transactionId)
      throws Exception {
    String outTradeNo = startTopUp(driver, operatorId, amount);
    long fen = new BigDecimal(amount).movePointRight(2).longValueExact();
    TRADES.put(outTradeNo, new Trade("SUCCESS", transactionId, fen));
    assertThat(
            post(notice(transaction(outTradeNo, transactionId, fen), Instant.now())).statusCode())
        .isEqualTo(204);
    Awaitility.await().atMost(WAIT).until(() -> state(driver, outTradeNo).equals("PAID"));
    return outTradeNo;
  }

  /** The ledger transactions of this kind that record the outcome of these refunds. */
  static long outcomes(String kind, List<String> outRefundNos) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement()) {
      return Ledgers.single(
          query,
          "SELECT COUNT(*) FROM ledger_transaction WHERE kind = '"
              + kind
              + "' AND idempotency_key IN ("
              + String.join(
                  ",", outRefundNos.stream().map(n -> "'wechat-refund-outcome:" + n + "'").toList())
              + ")");
    }
  }
}
