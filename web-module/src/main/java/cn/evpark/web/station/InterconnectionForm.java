package cn.evpark.web.station;

import cn.evpark.station.Interconnection;
import java.io.Serializable;

/**
 * The 运营设置 tab of the station settings (平台配置): whether the station is shared with the
 * interconnection platform, and the credentials it gave (OperatorID, OperatorSecret, DataSecret,
 * DataSecretIV, SigSecret).
 */
public class InterconnectionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean enabled;
  private String operatorId;
  private String operatorSecret;
  private String dataSecret;
  private String dataSecretIv;
  private String sigSecret;

  /** The form of a station's current settings. */
  public static InterconnectionForm of(Interconnection settings) {
    InterconnectionForm form = new InterconnectionForm();
    form.enabled = settings.enabled();
    form.operatorId = settings.operatorId();
    form.operatorSecret = settings.operatorSecret();
    form.dataSecret = settings.dataSecret();
    form.dataSecretIv = settings.dataSecretIv();
    form.sigSecret = settings.sigSecret();
    return form;
  }

  /** The settings as typed; the service checks them (Bean Validation). */
  public Interconnection settings() {
    return new Interconnection(
        enabled, operatorId, operatorSecret, dataSecret, dataSecretIv, sigSecret);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(String operatorId) {
    this.operatorId = operatorId;
  }

  public String getOperatorSecret() {
    return operatorSecret;
  }

  public void setOperatorSecret(String operatorSecret) {
    this.operatorSecret = operatorSecret;
  }

  public String getDataSecret() {
    return dataSecret;
  }

  public void setDataSecret(String dataSecret) {
    this.dataSecret = dataSecret;
  }

  public String getDataSecretIv() {
    return dataSecretIv;
  }

  public void setDataSecretIv(String dataSecretIv) {
    this.dataSecretIv = dataSecretIv;
  }

  public String getSigSecret() {
    return sigSecret;
  }

  public void setSigSecret(String sigSecret) {
    this.sigSecret = sigSecret;
  }
}
