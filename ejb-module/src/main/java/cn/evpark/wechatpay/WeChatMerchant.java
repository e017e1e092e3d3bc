package cn.evpark.wechatpay;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An operator's WeChat Pay merchant (money.md §6), one per operator. Holds secrets (the APIv3 key,
 * the merchant private key): they leave this class only as {@link MerchantKeys} for signing,
 * verifying and decrypting, never towards a page or an API ({@link MerchantView}).
 */
@Entity
@Table(name = "wechat_pay_merchant")
@OperatorOwned("operatorId")
public class WeChatMerchant {

  @Id
  @Column(name = "operator_id")
  private Long operatorId;

  @Column(nullable = false, length = 32)
  private String mchid;

  @Column(nullable = false, length = 32)
  private String appid;

  @Column(name = "api_v3_key", nullable = false, length = 32)
  private String apiV3Key;

  @Column(name = "merchant_serial", nullable = false, length = 64)
  private String merchantSerial;

  @Column(name = "merchant_private_key", nullable = false, length = 4000)
  private String merchantPrivateKey;

  @Column(name = "notify_url", nullable = false, length = 255)
  private String notifyUrl;

  /** WeChat Pay public keys by serial; a serial is unique on the whole platform. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "wechat_pay_public_key", joinColumns = @JoinColumn(name = "operator_id"))
  @MapKeyColumn(name = "serial", length = 64)
  @Column(name = "public_key", nullable = false, length = 1000)
  private Map<String, String> publicKeys = new HashMap<>();

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected WeChatMerchant() {}

  WeChatMerchant(long operatorId, MerchantSettings settings, LocalDateTime updatedAt) {
    this.operatorId = operatorId;
    change(settings, updatedAt);
  }

  /** Replaces every setting, the public keys among them. */
  void change(MerchantSettings settings, LocalDateTime updatedAt) {
    this.mchid = settings.mchid();
    this.appid = settings.appid();
    this.apiV3Key = settings.apiV3Key();
    this.merchantSerial = settings.merchantSerial();
    this.merchantPrivateKey = settings.merchantPrivateKey().strip();
    this.notifyUrl = settings.notifyUrl();
    this.publicKeys.clear();
    this.publicKeys.putAll(settings.publicKeys());
    this.updatedAt = Objects.requireNonNull(updatedAt);
  }

  /** The parsed keys, for signing, verifying and decrypting. */
  MerchantKeys keys() {
    Map<String, java.security.PublicKey> parsed = new HashMap<>();
    publicKeys.forEach((serial, key) -> parsed.put(serial, MerchantKeys.parsePublicKey(key)));
    return new MerchantKeys(
        operatorId,
        mchid,
        appid,
        apiV3Key,
        merchantSerial,
        MerchantKeys.parsePrivateKey(merchantPrivateKey),
        parsed);
  }

  /** The settings without secrets. */
  MerchantView view() {
    return new MerchantView(
        operatorId,
        mchid,
        appid,
        merchantSerial,
        notifyUrl,
        List.copyOf(new java.util.TreeSet<>(publicKeys.keySet())),
        updatedAt);
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public String getMchid() {
    return mchid;
  }

  public String getAppid() {
    return appid;
  }

  public String getNotifyUrl() {
    return notifyUrl;
  }
}
