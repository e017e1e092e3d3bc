package cn.evpark.wechatpay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An operator's WeChat Pay merchant (money.md §6: an operator collects through its own merchant),
 * as an administrator sets it. Refuses bad values in the constructor: keys that do not parse, an
 * APIv3 key that is not 32 bytes, a notify URL that is not HTTPS or HTTP.
 *
 * @param mchid 商户号
 * @param appid the mini program's AppID the merchant is bound to
 * @param apiV3Key the APIv3 key, 32 ASCII characters (the AES-256 key of notices)
 * @param merchantSerial the serial of the merchant API certificate whose key signs our calls
 * @param merchantPrivateKey that key, PKCS#8 PEM or Base64 DER
 * @param notifyUrl where WeChat sends payment notices ({@code …/api/payments/wechat/notify})
 * @param publicKeys WeChat Pay public keys by their id ({@code PUB_KEY_ID_…}), X.509 PEM or Base64
 *     DER; old and new side by side while WeChat rotates them
 */
public record MerchantSettings(
    String mchid,
    String appid,
    String apiV3Key,
    String merchantSerial,
    String merchantPrivateKey,
    String notifyUrl,
    Map<String, String> publicKeys) {

  /**
   * @throws InvalidMerchantSettingsException when a value is missing or malformed
   */
  public MerchantSettings {
    mchid = required("mchid", mchid, 32);
    appid = required("appid", appid, 32);
    merchantSerial = required("merchantSerial", merchantSerial, 64);
    notifyUrl = required("notifyUrl", notifyUrl, 255);
    if (!notifyUrl.startsWith("https://") && !notifyUrl.startsWith("http://")) {
      throw new InvalidMerchantSettingsException("notifyUrl is an http(s) URL");
    }
    Objects.requireNonNull(apiV3Key, "apiV3Key");
    if (apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32
        || apiV3Key.length() != 32
        || !apiV3Key.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new InvalidMerchantSettingsException("apiV3Key is 32 ASCII characters");
    }
    required("merchantPrivateKey", merchantPrivateKey, 4000);
    MerchantKeys.parsePrivateKey(merchantPrivateKey);
    if (publicKeys == null || publicKeys.isEmpty()) {
      throw new InvalidMerchantSettingsException("at least one WeChat Pay public key is needed");
    }
    Map<String, String> keys = new TreeMap<>();
    publicKeys.forEach(
        (serial, key) -> {
          String id = required("publicKeys serial", serial, 64);
          required("publicKeys[" + id + "]", key, 1000);
          MerchantKeys.parsePublicKey(key);
          keys.put(id, key.strip());
        });
    publicKeys = Map.copyOf(keys);
  }

  private static String required(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidMerchantSettingsException(name + " is required");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidMerchantSettingsException(
          name + " has at most " + maxLength + " characters");
    }
    return stripped;
  }

  @Override
  public String toString() {
    return "MerchantSettings[mchid=" + mchid + ", appid=" + appid + ", secrets hidden]";
  }
}
