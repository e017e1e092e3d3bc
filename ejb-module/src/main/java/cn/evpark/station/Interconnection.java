package cn.evpark.station;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * 运营设置 / 平台配置: exchange with another platform (联联对接) following T/CEC 102 (中电联 互联互通), and the
 * parameters the counterpart issues. Only stored and checked here; the exchange is a later feature.
 *
 * <p>OperatorID is the 9-character organisation code (digits and capital letters); the four secrets
 * are 16 characters each because they are AES-128 keys and IV, and the HMAC-MD5 key, as ASCII.
 * While enabled all five are required; while disabled they may stay empty.
 *
 * @param enabled 联联对接 启用/禁用
 * @param operatorId OperatorID
 * @param operatorSecret OperatorSecret (token requests)
 * @param dataSecret DataSecret (AES-128-CBC key of the payload)
 * @param dataSecretIv DataSecretIV (its IV)
 * @param sigSecret SigSecret (HMAC-MD5 signature key)
 */
public record Interconnection(
    boolean enabled,
    @Pattern(regexp = OPERATOR_ID) String operatorId,
    @Pattern(regexp = SECRET) String operatorSecret,
    @Pattern(regexp = SECRET) String dataSecret,
    @Pattern(regexp = SECRET) String dataSecretIv,
    @Pattern(regexp = SECRET) String sigSecret)
    implements Serializable {

  /** Empty, or 9 digits and capital letters. */
  public static final String OPERATOR_ID = "|[0-9A-Z]{9}";

  /** Empty, or 16 printable ASCII characters. */
  public static final String SECRET = "|[\\x21-\\x7E]{16}";

  public Interconnection {
    operatorId = blankToEmpty(operatorId);
    operatorSecret = blankToEmpty(operatorSecret);
    dataSecret = blankToEmpty(dataSecret);
    dataSecretIv = blankToEmpty(dataSecretIv);
    sigSecret = blankToEmpty(sigSecret);
  }

  /** Interconnection off, nothing configured. */
  public static Interconnection none() {
    return new Interconnection(false, "", "", "", "", "");
  }

  @AssertTrue(message = "{station.interconnection.incomplete}")
  public boolean isComplete() {
    return !enabled
        || !(operatorId.isEmpty()
            || operatorSecret.isEmpty()
            || dataSecret.isEmpty()
            || dataSecretIv.isEmpty()
            || sigSecret.isEmpty());
  }

  static String blankToEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}
