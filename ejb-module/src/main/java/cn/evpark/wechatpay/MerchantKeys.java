package cn.evpark.wechatpay;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What verifies and decrypts an operator's notices and signs its calls to WeChat: the merchant's
 * ids, the APIv3 key and the keys, parsed. Built from the stored {@link WeChatMerchant}.
 *
 * @param operatorId the operator collecting through this merchant
 * @param mchid 商户号
 * @param appid AppID
 * @param apiV3Key the 32-character APIv3 key
 * @param merchantSerial the merchant certificate's serial (the {@code serial_no} of our calls)
 * @param privateKey the merchant key signing our calls and the mini program's payment parameters
 * @param publicKeys WeChat Pay's public keys by serial
 */
public record MerchantKeys(
    long operatorId,
    String mchid,
    String appid,
    String apiV3Key,
    String merchantSerial,
    PrivateKey privateKey,
    Map<String, PublicKey> publicKeys) {

  public MerchantKeys {
    Objects.requireNonNull(mchid, "mchid");
    Objects.requireNonNull(appid, "appid");
    Objects.requireNonNull(apiV3Key, "apiV3Key");
    Objects.requireNonNull(merchantSerial, "merchantSerial");
    Objects.requireNonNull(privateKey, "privateKey");
    publicKeys = Map.copyOf(publicKeys);
  }

  /** WeChat Pay's public key of this serial, if configured. */
  public Optional<PublicKey> publicKey(String serial) {
    return Optional.ofNullable(publicKeys.get(serial));
  }

  /**
   * A PKCS#8 RSA private key from PEM or Base64 DER.
   *
   * @throws InvalidMerchantSettingsException when it does not parse
   */
  static PrivateKey parsePrivateKey(String pemOrBase64) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(der(pemOrBase64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new InvalidMerchantSettingsException("the merchant private key is no PKCS#8 RSA key");
    }
  }

  /**
   * An X.509 RSA public key from PEM or Base64 DER.
   *
   * @throws InvalidMerchantSettingsException when it does not parse
   */
  static PublicKey parsePublicKey(String pemOrBase64) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pemOrBase64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new InvalidMerchantSettingsException("a WeChat Pay public key is no X.509 RSA key");
    }
  }

  private static byte[] der(String pemOrBase64) {
    String base64 = pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64);
  }

  @Override
  public String toString() {
    return "MerchantKeys[operator=" + operatorId + ", mchid=" + mchid + ", secrets hidden]";
  }
}
