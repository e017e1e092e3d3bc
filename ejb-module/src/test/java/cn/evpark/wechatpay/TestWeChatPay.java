package cn.evpark.wechatpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays WeChat Pay in tests: its own RSA 2048 key pair (the "WeChat Pay public key" of a merchant's
 * settings), an APIv3 key, and notices built and signed the way WeChat builds them.
 */
final class TestWeChatPay {

  static final String MCHID = "1900000109";
  static final String APPID = "wxd678efh567hg6787";
  static final String API_V3_KEY = "0123456789abcdefghijklmnopqrstuv";

  final KeyPair keys = generate();
  final String serial;

  TestWeChatPay(String serial) {
    this.serial = serial;
  }

  /** The public key as a merchant setting: Base64 X.509 DER. */
  String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /** A payment notice of {@code outTradeNo}, signed now by this key under its serial. */
  WeChatNotice paid(
      String outTradeNo, String transactionId, long totalFen, String tradeState, Instant at) {
    return notice(transaction(MCHID, APPID, outTradeNo, transactionId, totalFen, tradeState), at);
  }

  static String transaction(
      String mchid,
      String appid,
      String outTradeNo,
      String transactionId,
      long totalFen,
      String tradeState) {
    return "{\"mchid\":\""
        + mchid
        + "\",\"appid\":\""
        + appid
        + "\",\"out_trade_no\":\""
        + outTradeNo
        + "\",\"transaction_id\":\""
        + transactionId
        + "\",\"trade_type\":\"JSAPI\",\"trade_state\":\""
        + tradeState
        + "\",\"trade_state_desc\":\"支付成功\",\"bank_type\":\"OTHERS\","
        + "\"success_time\":\"2026-11-30T19:00:00+08:00\",\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
        + "\"amount\":{\"total\":"
        + totalFen
        + ",\"payer_total\":"
        + totalFen
        + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
  }

  /** A refund notice of {@code outRefundNo}, {@code REFUND.<status>}, signed by this key. */
  WeChatNotice refund(
      String outRefundNo, String transactionId, long refundFen, String status, Instant at) {
    return notice(
        refundResource(MCHID, outRefundNo, transactionId, refundFen, status),
        "REFUND." + status,
        at);
  }

  static String refundResource(
      String mchid, String outRefundNo, String transactionId, long refundFen, String status) {
    return "{\"mchid\":\""
        + mchid
        + "\",\"out_trade_no\":\"TU0123456789abcdef0123456789abcd\",\"transaction_id\":\""
        + transactionId
        + "\",\"out_refund_no\":\""
        + outRefundNo
        + "\",\"refund_id\":\"50000000382019052709732678859\",\"refund_status\":\""
        + status
        + "\",\"success_time\":\"2026-11-30T19:10:00+08:00\","
        + "\"user_received_account\":\"招商银行信用卡0403\",\"amount\":{\"total\":5000,"
        + "\"refund\":"
        + refundFen
        + ",\"payer_total\":5000,\"payer_refund\":"
        + refundFen
        + "}}";
  }

  /** A notice whose resource is {@code plaintext}, encrypted with the APIv3 key and signed. */
  WeChatNotice notice(String plaintext, Instant at) {
    return notice(plaintext, "TRANSACTION.SUCCESS", at);
  }

  /** A notice of {@code eventType} whose resource is {@code plaintext}, encrypted and signed. */
  WeChatNotice notice(String plaintext, String eventType, Instant at) {
    String body = body(plaintext, API_V3_KEY, eventType);
    String timestamp = Long.toString(at.getEpochSecond());
    String nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    return new WeChatNotice(timestamp, nonce, sign(timestamp, nonce, body), serial, body);
  }

  /** The same notice with a new body and the old signature: a tampered notice. */
  static WeChatNotice withBody(WeChatNotice notice, String body) {
    return new WeChatNotice(
        notice.timestamp(), notice.nonce(), notice.signature(), notice.serial(), body);
  }

  static WeChatNotice withSerial(WeChatNotice notice, String serial) {
    return new WeChatNotice(
        notice.timestamp(), notice.nonce(), notice.signature(), serial, notice.body());
  }

  static WeChatNotice withSignature(WeChatNotice notice, String signature) {
    return new WeChatNotice(
        notice.timestamp(), notice.nonce(), signature, notice.serial(), notice.body());
  }

  String sign(String timestamp, String nonce, String body) {
    return sign(keys.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n");
  }

  static String sign(PrivateKey key, String message) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(message.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** WeChat's notice body: the resource AES-256-GCM encrypted (tag at the end), Base64. */
  static String body(String plaintext, String apiV3Key) {
    return body(plaintext, apiV3Key, "TRANSACTION.SUCCESS");
  }

  static String body(String plaintext, String apiV3Key, String eventType) {
    try {
      String nonce = "fdasflkja484";
      String aad = "transaction";
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
          new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
      aes.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      String ciphertext =
          Base64.getEncoder()
              .encodeToString(aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
      return "{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2026-11-30T19:00:00+08:00\","
          + "\"resource_type\":\"encrypt-resource\",\"event_type\":\""
          + eventType
          + "\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
          + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
          + ciphertext
          + "\",\"associated_data\":\""
          + aad
          + "\",\"nonce\":\""
          + nonce
          + "\"}}";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return rsa.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
