package cn.evpark.web.station;

import cn.evpark.station.Station;
import cn.evpark.station.TaxAccount;
import java.io.Serializable;

/**
 * The 全电账号 dialog: the station's account for fully digitalised e-invoices (全电发票), its holder and
 * phone; empty for a station without one.
 */
public class TaxAccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long stationId;
  private final String stationName;
  private String account = "";
  private String holder = "";
  private String phone = "";

  private TaxAccountForm(long stationId, String stationName) {
    this.stationId = stationId;
    this.stationName = stationName;
  }

  /** An empty form, before any station's account is opened (the dialog renders with the page). */
  public static TaxAccountForm none() {
    return new TaxAccountForm(0, "");
  }

  /** The form of a station's account, or an empty one for a station without. */
  public static TaxAccountForm of(Station station) {
    TaxAccountForm form = new TaxAccountForm(station.getId(), station.getName());
    station
        .taxAccount()
        .ifPresent(
            a -> {
              form.account = a.account();
              form.holder = a.holder();
              form.phone = a.phone();
            });
    return form;
  }

  /** The account as typed; the service checks it (Bean Validation). */
  public TaxAccount taxAccount() {
    return new TaxAccount(account, holder, phone);
  }

  public long getStationId() {
    return stationId;
  }

  /** The station's name, for the message after saving. */
  public String getStationName() {
    return stationName;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
