package cn.evpark.wechatpay;

/**
 * A notice as WeChat Pay posts it to the notify URL: the four {@code Wechatpay-*} headers (any may
 * be null when missing) and the raw body.
 *
 * @param timestamp {@code Wechatpay-Timestamp}, epoch seconds
 * @param nonce {@code Wechatpay-Nonce}
 * @param signature {@code Wechatpay-Signature}, Base64
 * @param serial {@code Wechatpay-Serial}: which WeChat Pay public key signed it
 * @param body the body exactly as received, UTF-8
 */
public record WeChatNotice(
    String timestamp, String nonce, String signature, String serial, String body) {}
