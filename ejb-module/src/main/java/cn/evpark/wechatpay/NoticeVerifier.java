package cn.evpark.wechatpay;

import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies and decrypts a WeChat Pay payment notice (money.md §6), in this order:
 *
 * <ol>
 *   <li>all four {@code Wechatpay-*} headers present; a signature beginning {@code
 *       WECHATPAY/SIGNTEST/} is WeChat's probe and fails;
 *   <li>{@code Wechatpay-Timestamp} within 5 minutes of now (the SDK does not check it);
 *   <li>{@code Wechatpay-Serial} names one of the merchant's WeChat Pay public keys;
 *   <li>SHA256withRSA over {@code timestamp\nnonce\nbody\n} with that key, then {@code resource}
 *       decrypted with AEAD_AES_256_GCM under the APIv3 key (key = APIv3 key, IV = nonce, AAD =
 *       associated_data, tag at the ciphertext's end): both by the SDK's {@link NotificationParser}
 *       with an {@link RSAPublicKeyNotificationConfig}, offline;
 *   <li>{@code mchid} and {@code appid} the merchant's.
 * </ol>
 *
 * Whether the order exists and the amount and state fit is the order's part ({@link
 * PaymentOrder#pay}). Pure: no database, time from the clock given.
 */
public final class NoticeVerifier {

  /** How far a notice's timestamp may be from now, either way. */
  public static final Duration FRESHNESS = Duration.ofMinutes(5);

  static final String PROBE_PREFIX = "WECHATPAY/SIGNTEST/";

  private final Clock clock;

  public NoticeVerifier(Clock clock) {
    this.clock = clock;
  }

  /**
   * Checks the headers that need no keys: present, no probe, fresh.
   *
   * @throws NoticeRejectedException MALFORMED, BAD_SIGNATURE or STALE
   */
  public void checkHeaders(WeChatNotice notice) {
    if (blank(notice.timestamp())
        || blank(notice.nonce())
        || blank(notice.signature())
        || blank(notice.serial())
        || blank(notice.body())) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.MALFORMED, "a Wechatpay-* header or the body is missing");
    }
    if (notice.signature().startsWith(PROBE_PREFIX)) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.BAD_SIGNATURE, "a signature probe");
    }
    long seconds;
    try {
      seconds = Long.parseLong(notice.timestamp().strip());
    } catch (NumberFormatException e) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.STALE, "Wechatpay-Timestamp is no number");
    }
    Duration off = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (off.compareTo(FRESHNESS) > 0) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.STALE,
          "Wechatpay-Timestamp is " + off.toSeconds() + " s from now");
    }
  }

  /**
   * Verifies the notice with the merchant's keys and decrypts what it says.
   *
   * @throws NoticeRejectedException any reason but the order's ones
   */
  public PaidNotice open(WeChatNotice notice, MerchantKeys merchant) {
    checkHeaders(notice);
    PublicKey publicKey =
        merchant
            .publicKey(notice.serial())
            .orElseThrow(
                () ->
                    new NoticeRejectedException(
                        NoticeRejectedException.Reason.UNKNOWN_SERIAL,
                        "no WeChat Pay public key " + notice.serial()));
    NotificationParser parser =
        new NotificationParser(
            new RSAPublicKeyNotificationConfig.Builder()
                .publicKey(publicKey)
                .publicKeyId(notice.serial())
                .apiV3Key(merchant.apiV3Key())
                .build());
    Transaction transaction;
    try {
      transaction =
          parser.parse(
              new RequestParam.Builder()
                  .serialNumber(notice.serial())
                  .nonce(notice.nonce())
                  .signature(notice.signature())
                  .timestamp(notice.timestamp())
                  .body(notice.body())
                  .build(),
              Transaction.class);
    } catch (ValidationException e) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.BAD_SIGNATURE, "the signature does not verify");
    } catch (RuntimeException e) {
      // MalformedMessageException, DecryptionException, Gson's JsonParseException, a bad Base64
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.MALFORMED,
          "the notice does not decrypt or parse: " + e.getClass().getSimpleName());
    }
    if (transaction == null
        || transaction.getOutTradeNo() == null
        || transaction.getTransactionId() == null
        || transaction.getOutTradeNo().length() > 32
        || transaction.getTransactionId().isBlank()
        || transaction.getTransactionId().length() > 32
        || transaction.getAmount() == null
        || transaction.getAmount().getTotal() == null) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.MALFORMED, "the resource is no payment");
    }
    if (!merchant.mchid().equals(transaction.getMchid())
        || !merchant.appid().equals(transaction.getAppid())) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.NOT_OURS,
          "mchid " + transaction.getMchid() + ", appid " + transaction.getAppid());
    }
    return new PaidNotice(
        transaction.getMchid(),
        transaction.getAppid(),
        transaction.getOutTradeNo(),
        transaction.getTransactionId(),
        transaction.getTradeState() == null ? "UNKNOWN" : transaction.getTradeState().name(),
        transaction.getAmount().getTotal());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
