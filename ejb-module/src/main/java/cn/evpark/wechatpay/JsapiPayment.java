package cn.evpark.wechatpay;

/**
 * What the mini program passes to {@code wx.requestPayment} to pay a prepared order: the fields
 * signed with the merchant key, SHA256withRSA over {@code appId\ntimeStamp\nnonceStr\npackage\n}.
 *
 * @param appId the merchant's AppID
 * @param timeStamp epoch seconds
 * @param nonceStr random, 32 characters
 * @param packageValue {@code prepay_id=…} (the field is named {@code package})
 * @param signType {@code RSA}
 * @param paySign Base64 signature
 */
public record JsapiPayment(
    String appId,
    String timeStamp,
    String nonceStr,
    String packageValue,
    String signType,
    String paySign) {}
