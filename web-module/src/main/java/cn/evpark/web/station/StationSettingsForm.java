package cn.evpark.web.station;

import cn.evpark.station.Station;
import java.io.Serializable;

/**
 * The 设置 dialog of a station (also opened as 平台配置): one form per tab, 运营设置 ({@link
 * InterconnectionForm}), 支付设置 ({@link PaymentForm}) and 发票设置 ({@link InvoiceForm}), each saved on
 * its own. The 费率设置 tab is the tariff feature's ({@code web.tariff.StationTariffTab}).
 */
public class StationSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long stationId;
  private final String stationName;
  private final InterconnectionForm interconnection;
  private final PaymentForm payment;
  private final InvoiceForm invoicing;

  private StationSettingsForm() {
    this.stationId = 0;
    this.stationName = "";
    this.interconnection = new InterconnectionForm();
    this.payment = new PaymentForm();
    this.invoicing = new InvoiceForm();
  }

  private StationSettingsForm(Station station) {
    this.stationId = station.getId();
    this.stationName = station.getName();
    this.interconnection = InterconnectionForm.of(station.interconnection());
    this.payment = PaymentForm.of(station.payment());
    this.invoicing = InvoiceForm.of(station.invoicing());
  }

  /**
   * Empty forms, before any station's settings are opened: the dialog's fields are rendered (and
   * their types read) with the page.
   */
  public static StationSettingsForm none() {
    return new StationSettingsForm();
  }

  /** The forms of a station's current settings. */
  public static StationSettingsForm of(Station station) {
    return new StationSettingsForm(station);
  }

  public long getStationId() {
    return stationId;
  }

  /** The station's name, for the messages after saving. */
  public String getStationName() {
    return stationName;
  }

  public InterconnectionForm getInterconnection() {
    return interconnection;
  }

  public PaymentForm getPayment() {
    return payment;
  }

  public InvoiceForm getInvoicing() {
    return invoicing;
  }
}
