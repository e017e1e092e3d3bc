package cn.evpark.wechatpay;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.core.util.GsonUtil;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.model.RefundNotification;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies and decrypts a WeChat Pay notice, of a payment or of a refund (money.md §6), in this
 * order:
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
 *   <li>{@code mchid} (and a payment's {@code appid}) the merchant's.
 * </ol>
 *
 * Whether the order or refund exists and the amount and state fit is theirs ({@link
 * PaymentOrder#pay}, {@link Refund#finish}). Pure: no database, time from the clock given.
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
   * Verifies a payment notice ({@code TRANSACTION.SUCCESS}) with the merchant's keys and decrypts
   * what it says.
   *
   * @throws NoticeRejectedException any reason but the order's ones
   */
  public PaidNotice open(WeChatNotice notice, MerchantKeys merchant) {
    Transaction transaction =
        GsonUtil.getGson().fromJson(decrypt(notice, merchant), Transaction.class);
    if (transaction == null
        || transaction.getOutTradeNo() == null
        || transaction.getTransactionId() == null
        || transaction.getOutTradeNo().length() > 32
        || transaction.getTransactionId().isBlank()
        || transaction.getTransactionId().length() > 32
        || transaction.getTradeState() == null
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
    return PaidNotice.of(transaction);
  }

  /**
   * Verifies a refund notice ({@code REFUND.SUCCESS}, {@code REFUND.ABNORMAL}, {@code
   * REFUND.CLOSED}) the same way as a payment notice and decrypts what it says. Its resource has no
   * appid: the mchid is checked.
   *
   * @throws NoticeRejectedException any reason but the refund's ones
   */
  public RefundNotice openRefund(WeChatNotice notice, MerchantKeys merchant) {
    JsonObject resource = decrypt(notice, merchant);
    RefundNotification refund = GsonUtil.getGson().fromJson(resource, RefundNotification.class);
    if (refund == null
        || refund.getOutRefundNo() == null
        || refund.getOutRefundNo().length() > 64
        || refund.getRefundId() == null
        || refund.getRefundId().length() > 32
        || refund.getTransactionId() == null
        || refund.getRefundStatus() == null
        || refund.getAmount() == null
        || refund.getAmount().getRefund() == null) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.MALFORMED, "the resource is no refund");
    }
    String mchid =
        resource.get("mchid") instanceof JsonPrimitive value && value.isString()
            ? value.getAsString()
            : null;
    if (!merchant.mchid().equals(mchid)) {
      throw new NoticeRejectedException(NoticeRejectedException.Reason.NOT_OURS, "mchid " + mchid);
    }
    return new RefundNotice(
        refund.getOutRefundNo(),
        refund.getRefundId(),
        refund.getTransactionId(),
        RefundState.ofWeChat(refund.getRefundStatus().name()),
        refund.getAmount().getRefund());
  }

  /**
   * The notice's {@code event_type} (e.g. {@code TRANSACTION.SUCCESS}, {@code REFUND.SUCCESS}):
   * which kind of notice it is, to pick {@link #open} or {@link #openRefund}. Read before the
   * signature is checked; the one that is opened then verifies the whole body, this field with it.
   *
   * @throws NoticeRejectedException MALFORMED when the body is no notice
   */
  public static String eventType(WeChatNotice notice) {
    try (JsonReader reader = Json.createReader(new StringReader(notice.body()))) {
      if (reader.readValue() instanceof jakarta.json.JsonObject body
          && body.get("event_type") instanceof JsonString type) {
        return type.getString();
      }
    } catch (JsonException | IllegalStateException e) {
      // falls through: no notice
    }
    throw new NoticeRejectedException(
        NoticeRejectedException.Reason.MALFORMED, "the body is no notice with an event_type");
  }

  /**
   * Verifies the signature with the public key of the notice's serial and decrypts {@code resource}
   * with the APIv3 key (the SDK's {@link NotificationParser}).
   */
  private JsonObject decrypt(WeChatNotice notice, MerchantKeys merchant) {
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
    try {
      JsonObject resource =
          parser.parse(
              new RequestParam.Builder()
                  .serialNumber(notice.serial())
                  .nonce(notice.nonce())
                  .signature(notice.signature())
                  .timestamp(notice.timestamp())
                  .body(notice.body())
                  .build(),
              JsonObject.class);
      if (resource == null) {
        throw new NoticeRejectedException(
            NoticeRejectedException.Reason.MALFORMED, "the notice has no resource");
      }
      return resource;
    } catch (ValidationException e) {
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.BAD_SIGNATURE, "the signature does not verify");
    } catch (NoticeRejectedException e) {
      throw e;
    } catch (RuntimeException e) {
      // MalformedMessageException, DecryptionException, Gson's JsonParseException, a bad Base64
      throw new NoticeRejectedException(
          NoticeRejectedException.Reason.MALFORMED,
          "the notice does not decrypt or parse: " + e.getClass().getSimpleName());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
