package cn.evpark.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A driver's phone and plates (money.md §1). */
class DriverTest {

  @Test
  void checkedPhone_mainlandMobile_isKept_andAnythingElseNamesThePhone() {
    assertThat(Driver.checkedPhone(" 13800000000 ")).isEqualTo("13800000000");

    for (String bad : new String[] {"12345678901", "1380000000", "138000000001", "", "abc"}) {
      assertThatThrownBy(() -> Driver.checkedPhone(bad))
          .isInstanceOfSatisfying(
              InvalidDriverException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("phone"));
    }
  }

  @Test
  void replacePlates_acceptsOrdinaryAndNewEnergyPlates_upperCasedOnce() {
    Driver driver = new Driver();

    driver.replacePlates(List.of("沪a12345", "沪AD12345", "沪A12345", "粤B1234学"));

    assertThat(driver.getPlates()).containsExactly("沪A12345", "沪AD12345", "粤B1234学");
  }

  @Test
  void replacePlates_malformedOrMoreThanFive_isRefusedAndChangesNothing() {
    Driver driver = new Driver();
    driver.replacePlates(List.of("沪A12345"));

    assertThatThrownBy(() -> driver.replacePlates(List.of("A12345")))
        .hasMessageContaining("not a plate");
    assertThatThrownBy(() -> driver.replacePlates(List.of("沪AI2345")))
        .hasMessageContaining("not a plate");
    assertThatThrownBy(
            () ->
                driver.replacePlates(
                    List.of("沪A00001", "沪A00002", "沪A00003", "沪A00004", "沪A00005", "沪A00006")))
        .isInstanceOf(InvalidDriverException.class)
        .hasMessageContaining("at most 5");
    assertThat(driver.getPlates()).isEqualTo(Collections.singletonList("沪A12345"));
  }
}
