package cn.evpark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void platform_coversEveryOperator() {
    Scope platform = Scope.platform();

    assertThat(platform.isPlatformWide()).isTrue();
    assertThat(platform.covers(1)).isTrue();
    assertThat(platform.covers(2)).isTrue();
    assertThat(platform.operatorId()).isEmpty();
  }

  @Test
  void operator_coversOnlyItsOwnOperator() {
    Scope scope = Scope.operator(7);

    assertThat(scope.covers(7)).isTrue();
    assertThat(scope.covers(8)).isFalse();
    assertThat(scope.operatorId()).contains(7L);
  }

  @Test
  void check_ofAnotherOperator_isNotFound_likeAMissingObject() {
    assertThatThrownBy(() -> Scope.operator(7).check(8, "station.notFound"))
        .isInstanceOf(NotFoundException.class)
        .extracting(e -> ((NotFoundException) e).code())
        .isEqualTo("station.notFound");
  }

  @Test
  void visible_keepsOwnObjects_anddropsOthersAndNull() {
    Scope scope = Scope.operator(7);

    assertThat(scope.visible(7L, id -> id)).contains(7L);
    assertThat(scope.visible(8L, id -> id)).isEmpty();
    assertThat(scope.visible((Long) null, id -> id)).isEmpty();
  }

  @Test
  void scopes_ofTheSameOperator_areEqual() {
    assertThat(Scope.operator(3)).isEqualTo(Scope.operator(3)).isNotEqualTo(Scope.platform());
  }
}
