package cn.evpark.web.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.station.Scenario;
import cn.evpark.station.StationDetails;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StationFormTest {

  private static final StationDetails DETAILS =
      new StationDetails(
          "联谊大厦充电站",
          "310000",
          "310100",
          "310101",
          "延安东路100号",
          new BigDecimal("31.2304"),
          new BigDecimal("121.4737"),
          Scenario.OFFICE,
          "13900001111");

  @Test
  void blank_isANewStationInAPublicCarPark() {
    StationForm form = StationForm.blank();

    assertThat(form.isNew()).isTrue();
    assertThat(form.getScenario()).isEqualTo(Scenario.PUBLIC_PARKING);
  }

  @Test
  void of_existingStation_givesBackItsDetailsUnchanged() {
    StationForm form = StationForm.of(5L, DETAILS);

    assertThat(form.isNew()).isFalse();
    assertThat(form.getStationId()).isEqualTo(5L);
    assertThat(form.details()).isEqualTo(DETAILS);
  }

  @Test
  void provinceChanged_emptiesCityAndDistrict_cityChanged_theDistrictOnly() {
    StationForm form = StationForm.of(5L, DETAILS);

    form.cityChanged();
    assertThat(form.getCityCode()).isEqualTo("310100");
    assertThat(form.getDistrictCode()).isNull();

    form.provinceChanged();
    assertThat(form.getCityCode()).isNull();
    assertThat(form.getProvinceCode()).isEqualTo("310000");
  }
}
