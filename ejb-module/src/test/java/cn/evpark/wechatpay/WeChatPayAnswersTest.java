package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * money.md §6: WeChat's answers to our queries and creates move money only when WeChat's signature
 * verifies them ({@link WeChatPayHttp}), and an answer is about the order or refund asked about. A
 * local server plays WeChat: it answers signed with the test's WeChat key, unsigned, tampered after
 * signing, or signed with a timestamp 10 minutes old.
 */
class WeChatPayAnswersTest {

  static final TestWeChatPay wechat = new TestWeChatPay("PUB_KEY_ID_0001");
  static final MerchantKeys merchant = NoticeVerifierTest.merchant(wechat);
  static final String OUT_TRADE_NO = NoticeVerifierTest.OUT_TRADE_NO;
  static final String OUT_REFUND_NO = RefundTest.OUT_REFUND_NO;
  static final String TRANSACTION = RefundTest.TRANSACTION;

  enum Signing {
    SIGNED,
    UNSIGNED,
    TAMPERED,
    EXPIRED
  }

  record Scripted(int status, String body, Signing signing) {}

  static volatile Scripted next;
  static HttpServer server;
  static WeChatPayHttp http;

  @BeforeAll
  static void playWeChat() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", WeChatPayAnswersTest::answer);
    server.start();
    http = new WeChatPayHttp();
    http.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static void answer(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    Scripted scripted = next;
    Instant at =
        scripted.signing() == Signing.EXPIRED
            ? Instant.now().minus(Duration.ofMinutes(10))
            : Instant.now();
    String timestamp = Long.toString(at.getEpochSecond());
    String nonce = "C4E5B1B1A8D34B2F9F5E3D0C2A1B0F9E";
    if (scripted.signing() != Signing.UNSIGNED) {
      exchange.getResponseHeaders().set("Wechatpay-Timestamp", timestamp);
      exchange.getResponseHeaders().set("Wechatpay-Nonce", nonce);
      exchange
          .getResponseHeaders()
          .set("Wechatpay-Signature", wechat.sign(timestamp, nonce, scripted.body()));
      exchange.getResponseHeaders().set("Wechatpay-Serial", wechat.serial);
    }
    String sent =
        scripted.signing() == Signing.TAMPERED
            ? scripted.body().replace("PROCESSING", "SUCCESS").replace("NOTPAY", "SUCCESS")
            : scripted.body();
    byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(scripted.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  static RefundClient refundClient() {
    RefundClient client = new RefundClient();
    client.http = http;
    return client;
  }

  static WeChatPayClient paymentClient() {
    WeChatPayClient client = new WeChatPayClient();
    client.http = http;
    client.clock = Clock.systemUTC();
    return client;
  }

  static String refund(String outRefundNo, String status) {
    return "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":\""
        + outRefundNo
        + "\",\"transaction_id\":\""
        + TRANSACTION
        + "\",\"out_trade_no\":\""
        + OUT_TRADE_NO
        + "\",\"channel\":\"ORIGINAL\",\"user_received_account\":\"支付用户零钱\","
        + "\"create_time\":\"2026-11-30T19:05:00+08:00\",\"status\":\""
        + status
        + "\",\"amount\":{\"total\":5000,\"refund\":3000,\"payer_total\":5000,"
        + "\"payer_refund\":3000,\"settlement_refund\":3000,\"settlement_total\":5000,"
        + "\"discount_refund\":0,\"currency\":\"CNY\"}}";
  }

  static String unpaid(String outTradeNo) {
    return "{\"mchid\":\""
        + TestWeChatPay.MCHID
        + "\",\"appid\":\""
        + TestWeChatPay.APPID
        + "\",\"out_trade_no\":\""
        + outTradeNo
        + "\",\"trade_state\":\"NOTPAY\",\"trade_state_desc\":\"订单未支付\","
        + "\"amount\":{\"total\":5000,\"currency\":\"CNY\"}}";
  }

  static Refund aRefund() {
    return RefundTest.refund(3000);
  }

  @Test
  void refundQuery_signed_givesWeChatsWord() {
    next = new Scripted(200, refund(OUT_REFUND_NO, "PROCESSING"), Signing.SIGNED);

    assertThat(refundClient().query(merchant, OUT_REFUND_NO))
        .hasValueSatisfying(said -> assertThat(said.status()).isEqualTo(RefundState.PROCESSING));
  }

  @Test
  void refundQuery_unsignedTamperedOrExpired_isNoAnswer() {
    for (Signing signing : new Signing[] {Signing.UNSIGNED, Signing.TAMPERED, Signing.EXPIRED}) {
      next = new Scripted(200, refund(OUT_REFUND_NO, "PROCESSING"), signing);

      assertThatThrownBy(() -> refundClient().query(merchant, OUT_REFUND_NO))
          .as(signing.name())
          .isInstanceOf(WeChatPayUnavailableException.class);
    }
  }

  @Test
  void refundCreate_unsignedOrTamperedSuccess_isNoAnswer_signedIsTaken() {
    next = new Scripted(200, refund(OUT_REFUND_NO, "PROCESSING"), Signing.TAMPERED);
    assertThatThrownBy(() -> refundClient().create(merchant, aRefund(), "https://n"))
        .isInstanceOf(WeChatPayUnavailableException.class);
    next = new Scripted(200, refund(OUT_REFUND_NO, "SUCCESS"), Signing.UNSIGNED);
    assertThatThrownBy(() -> refundClient().create(merchant, aRefund(), "https://n"))
        .isInstanceOf(WeChatPayUnavailableException.class);

    next = new Scripted(200, refund(OUT_REFUND_NO, "PROCESSING"), Signing.SIGNED);
    assertThat(refundClient().create(merchant, aRefund(), "https://n"))
        .isInstanceOf(RefundClient.Accepted.class);
  }

  @Test
  void refundQuery_noSuchRefund_onlyWhenWeChatSignsIt() {
    String none = "{\"code\":\"RESOURCE_NOT_EXISTS\",\"message\":\"退款单不存在\"}";
    next = new Scripted(404, none, Signing.SIGNED);
    assertThat(refundClient().query(merchant, OUT_REFUND_NO)).isEmpty();

    next = new Scripted(404, none, Signing.UNSIGNED);
    assertThatThrownBy(() -> refundClient().query(merchant, OUT_REFUND_NO))
        .isInstanceOf(WeChatPayUnavailableException.class);
    next = new Scripted(404, "{\"code\":\"PARAM_ERROR\",\"message\":\"x\"}", Signing.SIGNED);
    assertThatThrownBy(() -> refundClient().query(merchant, OUT_REFUND_NO))
        .isInstanceOf(WeChatPayUnavailableException.class);
  }

  @Test
  void refundQuery_ofAnotherRefund_isNoAnswer() {
    next = new Scripted(200, refund("RF-another", "SUCCESS"), Signing.SIGNED);

    assertThatThrownBy(() -> refundClient().query(merchant, OUT_REFUND_NO))
        .isInstanceOf(WeChatPayUnavailableException.class);
  }

  @Test
  void orderQuery_signed_givesTheTransaction() {
    next = new Scripted(200, unpaid(OUT_TRADE_NO), Signing.SIGNED);

    assertThat(paymentClient().query(merchant, OUT_TRADE_NO))
        .hasValueSatisfying(t -> assertThat(t.getOutTradeNo()).isEqualTo(OUT_TRADE_NO));
  }

  @Test
  void orderQuery_unsignedTamperedOrExpired_isNoAnswer() {
    for (Signing signing : new Signing[] {Signing.UNSIGNED, Signing.TAMPERED, Signing.EXPIRED}) {
      next = new Scripted(200, unpaid(OUT_TRADE_NO), signing);

      assertThatThrownBy(() -> paymentClient().query(merchant, OUT_TRADE_NO))
          .as(signing.name())
          .isInstanceOf(WeChatPayUnavailableException.class);
    }
  }

  @Test
  void orderQuery_signedAnswerOfAnotherOrder_isNoAnswer() {
    next = new Scripted(200, unpaid("TU-another"), Signing.SIGNED);

    assertThatThrownBy(() -> paymentClient().query(merchant, OUT_TRADE_NO))
        .isInstanceOf(WeChatPayUnavailableException.class);
  }

  @Test
  void orderQuery_noSuchOrder_onlyWhenWeChatSignsIt() {
    String none = "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}";
    next = new Scripted(404, none, Signing.SIGNED);
    assertThat(paymentClient().query(merchant, OUT_TRADE_NO)).isEqualTo(Optional.empty());

    next = new Scripted(404, none, Signing.UNSIGNED);
    assertThatThrownBy(() -> paymentClient().query(merchant, OUT_TRADE_NO))
        .isInstanceOf(WeChatPayUnavailableException.class);
  }

  @Test
  void send_verifiesTheBodyAsReceived() {
    next = new Scripted(200, unpaid(OUT_TRADE_NO), Signing.SIGNED);
    assertThat(http.send(merchant, "GET", "/v3/x", null).signed()).isTrue();
    next = new Scripted(200, unpaid(OUT_TRADE_NO), Signing.TAMPERED);
    assertThat(http.send(merchant, "GET", "/v3/x", null).signed()).isFalse();
    next = new Scripted(200, unpaid(OUT_TRADE_NO), Signing.EXPIRED);
    assertThat(http.send(merchant, "GET", "/v3/x", null).signed()).isFalse();
  }
}
