package cn.evpark.web.station;

import cn.evpark.station.Scenario;
import cn.evpark.station.StationDetails;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The 新增/编辑 dialog of the station list (manual 3.1): the station's details as typed, its division
 * codes chosen level by level (a new province empties city and district).
 */
public class StationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Null for a new station. */
  private Long stationId;

  /** The operator of a new station, chosen by a platform administrator; else the caller's. */
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

  /** An empty form for a new station, in a public car park (the manual's default scenario). */
  public static StationForm blank() {
    StationForm form = new StationForm();
    form.scenario = Scenario.PUBLIC_PARKING;
    return form;
  }

  /** The form of an existing station. */
  public static StationForm of(long stationId, StationDetails details) {
    StationForm form = new StationForm();
    form.stationId = stationId;
    form.name = details.name();
    form.provinceCode = details.provinceCode();
    form.cityCode = details.cityCode();
    form.districtCode = details.districtCode();
    form.address = details.address();
    form.latitude = details.latitude();
    form.longitude = details.longitude();
    form.scenario = details.scenario();
    form.contactPhone = details.contactPhone();
    return form;
  }

  /**
   * The details as typed; the service checks them (Bean Validation).
   *
   * @throws jakarta.validation.ConstraintViolationException (from the service) for bad input
   */
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

  /** Another province: its cities and districts are chosen again. */
  public void provinceChanged() {
    cityCode = null;
    districtCode = null;
  }

  /** Another city: its districts are chosen again. */
  public void cityChanged() {
    districtCode = null;
  }

  public boolean isNew() {
    return stationId == null;
  }

  public Long getStationId() {
    return stationId;
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
}
