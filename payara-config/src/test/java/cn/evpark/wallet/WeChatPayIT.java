package cn.evpark.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.Deployments;
import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.MicroProperties;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WeChat Pay top-up end to end on Payara Micro and MariaDB (money.md §6): the administrator sets
 * the demo operator's merchant, the demo driver starts a top-up (WeChat's create-order answered by
 * a local stub that checks our APIv3 signature), and WeChat's notices arrive signed with the test's
 * own WeChat Pay key: tampered, unknown serial, stale, probe and wrong amount are refused, the
 * valid one credits the wallet, its repeat changes nothing.
 */
@ExtendWith({MicroEnvironment.class, ArquillianExtension.class})
@MicroProperties("ykc.wechat-pay.base-url=http://127.0.0.1:" + WeChatPayIT.STUB_PORT)
class WeChatPayIT {

  /** Where the stub WeChat listens: fixed, as the Micro's configuration is set before it starts. */
  static final int STUB_PORT = 18493;

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String DRIVER = "13800000000";
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

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.evparkWar();
  }

  @ArquillianResource URL base;

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
    stub.start();
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
    String operators = admin.get("api/admin/operators").body();
    Matcher demo = Pattern.compile("\"id\":(\\d+),\"name\":\"演示运营商\"").matcher(operators);
    assertThat(demo.find()).as(operators).isTrue();
    long operatorId = Long.parseLong(demo.group(1));

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

    Http driver = new Http(base).asDriver(driverToken());
    BigDecimal before =
        new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance"));

    HttpResponse<String> tooMuch =
        driver.post(
            "api/driver/top-ups",
            "{\"operatorId\":"
                + operatorId
                + ",\"amount\":5000.01,\"openid\":\"oUpF8uMuAJO_M2pxb1\"}");
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
    assertThat(CREATE_ORDERS).as("nothing asked of WeChat").isEmpty();

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
    assertThat(CREATE_ORDERS).hasSize(1);
    assertThat(CREATE_ORDERS.get(0))
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
      assertThat(
              Ledgers.single(
                  query, "SELECT COUNT(*) FROM ledger_transaction WHERE kind = 'WECHAT_TOP_UP'"))
          .isEqualTo(1);
      assertThat(
              Ledgers.single(
                  query,
                  "SELECT COUNT(*) FROM ledger_account WHERE kind = 'WECHAT_CLEARING'"
                      + " AND balance = -50.00 AND operator_id = "
                      + operatorId))
          .isEqualTo(1);
    }
    assertThat(Ledgers.balancesMatchEntries()).isTrue();
  }

  /** The application's base URL, ending in a slash. */
  String app() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  void assertRefused(Notice notice, int status) throws Exception {
    HttpResponse<String> answer = post(notice);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains("\"code\":\"FAIL\"", "\"message\":");
  }

  BigDecimal balance(Http driver) throws Exception {
    String wallets = driver.get("api/driver/wallets").body();
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
        + app()
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
            + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\","
            + "\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
            + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
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
    String message =
        method + "\n" + uri.getRawPath() + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
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

  String driverToken() throws Exception {
    return DriverLogin.token(base, DRIVER);
  }
}
