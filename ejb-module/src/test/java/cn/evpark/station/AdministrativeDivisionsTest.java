package cn.evpark.station;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {

  static final AdministrativeDivisions DIVISIONS = new AdministrativeDivisions();

  @Test
  void data_holdsTheProvinceLevelDivisionsOfTheMainland() {
    assertThat(DIVISIONS.provinces()).hasSize(31);
    assertThat(DIVISIONS.find("310000"))
        .map(AdministrativeDivisions.Division::name)
        .contains("上海市");
    assertThat(DIVISIONS.find("440000"))
        .map(AdministrativeDivisions.Division::name)
        .contains("广东省");
  }

  @Test
  void knownCodes_haveTheirOfficialNames() {
    assertThat(DIVISIONS.find("310101"))
        .map(AdministrativeDivisions.Division::name)
        .contains("黄浦区");
    assertThat(DIVISIONS.find("110108"))
        .map(AdministrativeDivisions.Division::name)
        .contains("海淀区");
    assertThat(DIVISIONS.find("440300"))
        .map(AdministrativeDivisions.Division::name)
        .contains("深圳市");
    assertThat(DIVISIONS.find("440305"))
        .map(AdministrativeDivisions.Division::name)
        .contains("南山区");
    assertThat(DIVISIONS.find("320102"))
        .map(AdministrativeDivisions.Division::name)
        .contains("玄武区");
  }

  @Test
  void isValid_onlyForADistrictOfTheCityOfTheProvince() {
    assertThat(DIVISIONS.isValid("310000", "310100", "310101")).isTrue();
    assertThat(DIVISIONS.isValid("440000", "440300", "440305")).isTrue();
    assertThat(DIVISIONS.isValid("310000", "310100", "440305")).isFalse();
    assertThat(DIVISIONS.isValid("440000", "310100", "310101")).isFalse();
    assertThat(DIVISIONS.isValid("999999", "310100", "310101")).isFalse();
  }

  @Test
  void describe_leavesOutTheMunicipalities市辖区() {
    assertThat(DIVISIONS.describe("310000", "310100", "310101")).isEqualTo("上海市黄浦区");
    assertThat(DIVISIONS.describe("440000", "440300", "440305")).isEqualTo("广东省深圳市南山区");
  }
}
