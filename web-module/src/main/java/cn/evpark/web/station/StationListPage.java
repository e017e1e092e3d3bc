package cn.evpark.web.station;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.overview.StationList;
import cn.evpark.overview.StationPage;
import cn.evpark.overview.StationRow;
import cn.evpark.station.AdministrativeDivisions;
import cn.evpark.station.AdministrativeDivisions.Division;
import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.PaymentSettings;
import cn.evpark.station.Scenario;
import cn.evpark.station.Station;
import cn.evpark.station.StationDetails;
import cn.evpark.station.StationService;
import cn.evpark.station.TaxAccount;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The station list (电站) with its dialogs: 新增/编辑, 设置 (运营设置, 支付设置, 发票设置), 全电账号, and 删除, which says
 * why a station stays.
 */
@Named
@ViewScoped
public class StationListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient StationService stations;
  @EJB transient StationList list;
  @EJB transient OperatorService operators;
  @Inject transient AdministrativeDivisions divisions;
  @Inject transient PageMessages feedback;

  private String search = "";
  private final PagedModel<StationRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<StationRow> fetch(int first, int size) {
          StationPage page = list.page(search, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(StationRow row) {
          return Long.toString(row.id());
        }
      };

  /** The station of the open dialog; null for a new one. */
  private Long stationId;

  // 新增 / 编辑
  private Long operatorId;
  private String name;
  private String provinceCode;
  private String cityCode;
  private String districtCode;
  private String address;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private Scenario scenario;
  private String contactPhone;

  // 设置
  private boolean interconnectionEnabled;
  private String icOperatorId;
  private String icOperatorSecret;
  private String icDataSecret;
  private String icDataSecretIv;
  private String icSigSecret;
  private boolean paymentEnabled;
  private BigDecimal paymentFeePercent;
  private boolean invoiceEnabled;
  private String sellerName;
  private String taxpayerId;

  // 全电账号
  private String taxAccount;
  private String taxAccountHolder;
  private String taxAccountPhone;

  public void startNew() {
    stationId = null;
    operatorId = null;
    name = null;
    provinceCode = null;
    cityCode = null;
    districtCode = null;
    address = null;
    latitude = null;
    longitude = null;
    scenario = Scenario.PUBLIC_PARKING;
    contactPhone = null;
  }

  @PageAction
  public void startEdit(long id) {
    Station station = stations.get(id);
    stationId = id;
    StationDetails d = station.details();
    name = d.name();
    provinceCode = d.provinceCode();
    cityCode = d.cityCode();
    districtCode = d.districtCode();
    address = d.address();
    latitude = d.latitude();
    longitude = d.longitude();
    scenario = d.scenario();
    contactPhone = d.contactPhone();
  }

  @PageAction
  public void save() {
    StationDetails details =
        new StationDetails(
            name,
            provinceCode,
            cityCode,
            districtCode,
            address,
            latitude,
            longitude,
            scenario,
            contactPhone);
    if (stationId == null) {
      stations.create(operatorId, details);
      feedback.info("station.created", name);
    } else {
      stations.edit(stationId, details);
      feedback.info("station.saved", name);
    }
    PrimeFaces.current().executeScript("PF('stationDialog').hide()");
  }

  @PageAction
  public void startSettings(long id) {
    Station station = stations.get(id);
    stationId = id;
    name = station.getName();
    Interconnection ic = station.interconnection();
    interconnectionEnabled = ic.enabled();
    icOperatorId = ic.operatorId();
    icOperatorSecret = ic.operatorSecret();
    icDataSecret = ic.dataSecret();
    icDataSecretIv = ic.dataSecretIv();
    icSigSecret = ic.sigSecret();
    PaymentSettings payment = station.payment();
    paymentEnabled = payment.enabled();
    paymentFeePercent = payment.channelFeePercent();
    InvoiceSettings invoicing = station.invoicing();
    invoiceEnabled = invoicing.enabled();
    sellerName = invoicing.sellerName();
    taxpayerId = invoicing.taxpayerId();
  }

  @PageAction
  public void saveInterconnection() {
    stations.configureInterconnection(
        stationId,
        new Interconnection(
            interconnectionEnabled,
            icOperatorId,
            icOperatorSecret,
            icDataSecret,
            icDataSecretIv,
            icSigSecret));
    feedback.info("station.settings.saved", name);
  }

  @PageAction
  public void savePayment() {
    stations.configurePayment(stationId, new PaymentSettings(paymentEnabled, paymentFeePercent));
    feedback.info("station.settings.saved", name);
  }

  @PageAction
  public void saveInvoicing() {
    stations.configureInvoicing(
        stationId, new InvoiceSettings(invoiceEnabled, sellerName, taxpayerId));
    feedback.info("station.settings.saved", name);
  }

  @PageAction
  public void startTaxAccount(long id) {
    Station station = stations.get(id);
    stationId = id;
    name = station.getName();
    TaxAccount account = station.taxAccount().orElse(new TaxAccount("", "", ""));
    taxAccount = account.account();
    taxAccountHolder = account.holder();
    taxAccountPhone = account.phone();
  }

  @PageAction
  public void saveTaxAccount() {
    stations.assignTaxAccount(
        stationId, new TaxAccount(taxAccount, taxAccountHolder, taxAccountPhone));
    feedback.info("station.settings.saved", name);
    PrimeFaces.current().executeScript("PF('taxAccountDialog').hide()");
  }

  /** 删除: the service always refuses, and the message says why. */
  @PageAction
  public void delete(long id) {
    stations.delete(id);
  }

  public void provinceChanged() {
    cityCode = null;
    districtCode = null;
  }

  public void cityChanged() {
    districtCode = null;
  }

  public List<Division> getProvinces() {
    return divisions.provinces();
  }

  public List<Division> getCities() {
    return divisions.within(provinceCode);
  }

  public List<Division> getDistricts() {
    return divisions.within(cityCode);
  }

  public List<Operator> getOperators() {
    return operators.listAll();
  }

  public Scenario[] getScenarios() {
    return Scenario.values();
  }

  public boolean isNew() {
    return stationId == null;
  }

  public PagedModel<StationRow> getRows() {
    return rows;
  }

  // ---- form fields

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public void setProvinceCode(String provinceCode) {
    this.provinceCode = provinceCode;
  }

  public String getCityCode() {
    return cityCode;
  }

  public void setCityCode(String cityCode) {
    this.cityCode = cityCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public void setDistrictCode(String districtCode) {
    this.districtCode = districtCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public Scenario getScenario() {
    return scenario;
  }

  public void setScenario(Scenario scenario) {
    this.scenario = scenario;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public boolean isInterconnectionEnabled() {
    return interconnectionEnabled;
  }

  public void setInterconnectionEnabled(boolean interconnectionEnabled) {
    this.interconnectionEnabled = interconnectionEnabled;
  }

  public String getIcOperatorId() {
    return icOperatorId;
  }

  public void setIcOperatorId(String icOperatorId) {
    this.icOperatorId = icOperatorId;
  }

  public String getIcOperatorSecret() {
    return icOperatorSecret;
  }

  public void setIcOperatorSecret(String icOperatorSecret) {
    this.icOperatorSecret = icOperatorSecret;
  }

  public String getIcDataSecret() {
    return icDataSecret;
  }

  public void setIcDataSecret(String icDataSecret) {
    this.icDataSecret = icDataSecret;
  }

  public String getIcDataSecretIv() {
    return icDataSecretIv;
  }

  public void setIcDataSecretIv(String icDataSecretIv) {
    this.icDataSecretIv = icDataSecretIv;
  }

  public String getIcSigSecret() {
    return icSigSecret;
  }

  public void setIcSigSecret(String icSigSecret) {
    this.icSigSecret = icSigSecret;
  }

  public boolean isPaymentEnabled() {
    return paymentEnabled;
  }

  public void setPaymentEnabled(boolean paymentEnabled) {
    this.paymentEnabled = paymentEnabled;
  }

  public BigDecimal getPaymentFeePercent() {
    return paymentFeePercent;
  }

  public void setPaymentFeePercent(BigDecimal paymentFeePercent) {
    this.paymentFeePercent = paymentFeePercent;
  }

  public boolean isInvoiceEnabled() {
    return invoiceEnabled;
  }

  public void setInvoiceEnabled(boolean invoiceEnabled) {
    this.invoiceEnabled = invoiceEnabled;
  }

  public String getSellerName() {
    return sellerName;
  }

  public void setSellerName(String sellerName) {
    this.sellerName = sellerName;
  }

  public String getTaxpayerId() {
    return taxpayerId;
  }

  public void setTaxpayerId(String taxpayerId) {
    this.taxpayerId = taxpayerId;
  }

  public String getTaxAccount() {
    return taxAccount;
  }

  public void setTaxAccount(String taxAccount) {
    this.taxAccount = taxAccount;
  }

  public String getTaxAccountHolder() {
    return taxAccountHolder;
  }

  public void setTaxAccountHolder(String taxAccountHolder) {
    this.taxAccountHolder = taxAccountHolder;
  }

  public String getTaxAccountPhone() {
    return taxAccountPhone;
  }

  public void setTaxAccountPhone(String taxAccountPhone) {
    this.taxAccountPhone = taxAccountPhone;
  }
}
