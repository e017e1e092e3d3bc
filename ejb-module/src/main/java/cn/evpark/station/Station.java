package cn.evpark.station;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A charging station (电站) in a parking lot, owned by one operator. A station is never deleted once
 * created (manual 3.4, "电站不可删除"): only edited, and its settings changed (运营设置/平台配置, 支付设置, 发票设置,
 * 全电账号). Its orders, statistics and invoices refer to it for good.
 */
@Entity
@OperatorOwned("operator.id")
@Table(name = "station")
public class Station {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_id", nullable = false)
  private Operator operator;

  @Column(nullable = false, length = 100)
  private String name;

  /** 详细地址: the street address below the district. */
  @Column(nullable = false, length = 255)
  private String address;

  @Column(name = "province_code", length = 6)
  private String provinceCode;

  @Column(name = "city_code", length = 6)
  private String cityCode;

  @Column(name = "district_code", length = 6)
  private String districtCode;

  @Column(precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Scenario scenario;

  @Column(name = "contact_phone", length = 11)
  private String contactPhone;

  @Column(name = "ic_enabled", nullable = false)
  private boolean interconnectionEnabled;

  @Column(name = "ic_operator_id", length = 9)
  private String icOperatorId;

  @Column(name = "ic_operator_secret", length = 16)
  private String icOperatorSecret;

  @Column(name = "ic_data_secret", length = 16)
  private String icDataSecret;

  @Column(name = "ic_data_secret_iv", length = 16)
  private String icDataSecretIv;

  @Column(name = "ic_sig_secret", length = 16)
  private String icSigSecret;

  @Column(name = "payment_enabled", nullable = false)
  private boolean paymentEnabled;

  @Column(name = "payment_fee_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal paymentFeePercent = new BigDecimal("0.00");

  @Column(name = "invoice_enabled", nullable = false)
  private boolean invoiceEnabled;

  @Column(name = "invoice_seller_name", length = 100)
  private String invoiceSellerName;

  @Column(name = "invoice_taxpayer_id", length = 18)
  private String invoiceTaxpayerId;

  @Column(name = "tax_account", length = 64)
  private String taxAccount;

  @Column(name = "tax_account_holder", length = 50)
  private String taxAccountHolder;

  @Column(name = "tax_account_phone", length = 11)
  private String taxAccountPhone;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Station() {}

  /** A new station with the 新增 form's fields, checked by the caller. */
  public Station(Operator operator, StationDetails details, LocalDateTime createdAt) {
    this.operator = Objects.requireNonNull(operator);
    this.createdAt = Objects.requireNonNull(createdAt);
    edit(details);
  }

  /** 编辑: replaces the fields of the 新增 form. */
  public void edit(StationDetails details) {
    this.name = details.name().strip();
    this.provinceCode = details.provinceCode();
    this.cityCode = details.cityCode();
    this.districtCode = details.districtCode();
    this.address = details.address().strip();
    this.latitude = details.latitude();
    this.longitude = details.longitude();
    this.scenario = Objects.requireNonNull(details.scenario());
    this.contactPhone = details.contactPhone();
  }

  public void configureInterconnection(Interconnection settings) {
    this.interconnectionEnabled = settings.enabled();
    this.icOperatorId = settings.operatorId();
    this.icOperatorSecret = settings.operatorSecret();
    this.icDataSecret = settings.dataSecret();
    this.icDataSecretIv = settings.dataSecretIv();
    this.icSigSecret = settings.sigSecret();
  }

  public void configurePayment(PaymentSettings settings) {
    this.paymentEnabled = settings.enabled();
    this.paymentFeePercent = settings.channelFeePercent();
  }

  public void configureInvoicing(InvoiceSettings settings) {
    this.invoiceEnabled = settings.enabled();
    this.invoiceSellerName = settings.sellerName();
    this.invoiceTaxpayerId = settings.taxpayerId();
  }

  public void assignTaxAccount(TaxAccount account) {
    this.taxAccount = account.account().strip();
    this.taxAccountHolder = account.holder().strip();
    this.taxAccountPhone = account.phone();
  }

  /** The fields of the 新增 form; stations of before V3 may lack some (null). */
  public StationDetails details() {
    return new StationDetails(
        name,
        provinceCode,
        cityCode,
        districtCode,
        address,
        latitude,
        longitude,
        scenario,
        contactPhone);
  }

  public Interconnection interconnection() {
    return new Interconnection(
        interconnectionEnabled,
        icOperatorId,
        icOperatorSecret,
        icDataSecret,
        icDataSecretIv,
        icSigSecret);
  }

  public PaymentSettings payment() {
    return new PaymentSettings(paymentEnabled, paymentFeePercent);
  }

  public InvoiceSettings invoicing() {
    return new InvoiceSettings(invoiceEnabled, invoiceSellerName, invoiceTaxpayerId);
  }

  public Optional<TaxAccount> taxAccount() {
    return taxAccount == null
        ? Optional.empty()
        : Optional.of(new TaxAccount(taxAccount, taxAccountHolder, taxAccountPhone));
  }

  public Long getId() {
    return id;
  }

  public Operator getOperator() {
    return operator;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getCityCode() {
    return cityCode;
  }

  public String getDistrictCode() {
    return districtCode;
  }

  public boolean isPaymentEnabled() {
    return paymentEnabled;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
