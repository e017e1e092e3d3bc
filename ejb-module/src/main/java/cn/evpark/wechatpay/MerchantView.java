package cn.evpark.wechatpay;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An operator's WeChat Pay merchant as staff see it: no APIv3 key, no private key, no public key
 * material, only the serials.
 *
 * @param updatedAt UTC
 */
public record MerchantView(
    long operatorId,
    String mchid,
    String appid,
    String merchantSerial,
    String notifyUrl,
    List<String> publicKeySerials,
    LocalDateTime updatedAt) {}
