package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryPlacesTest {

  final DeliveryPlaces places = new DeliveryPlaces(2);
  final List<String> handed = new ArrayList<>();

  @Test
  void freePlaces_areTakenAtOnce_andTheNextCallerWaits() {
    assertThat(places.take(() -> handed.add("a"))).isTrue();
    assertThat(places.take(() -> handed.add("b"))).isTrue();

    assertThat(places.take(() -> handed.add("c"))).isFalse();

    assertThat(places.taken()).isEqualTo(2);
    assertThat(places.waiting()).isEqualTo(1);
    assertThat(handed).isEmpty();
  }

  @Test
  void aPlaceGivenBack_goesToTheOldestWaiter_whichHoldsIt() {
    places.take(() -> true);
    places.take(() -> true);
    places.take(() -> handed.add("first"));
    places.take(() -> handed.add("second"));

    places.giveBack();

    assertThat(handed).containsExactly("first");
    assertThat(places.taken()).isEqualTo(2);
    assertThat(places.waiting()).isEqualTo(1);
  }

  @Test
  void aWaiterThatCannotUseThePlace_passesItOn_andTheLastOneFreesIt() {
    places.take(() -> true);
    places.take(() -> true);
    places.take(
        () -> {
          handed.add("refuses");
          return false;
        });
    places.take(() -> handed.add("takes"));

    places.giveBack();
    assertThat(handed).containsExactly("refuses", "takes");
    assertThat(places.taken()).isEqualTo(2);

    places.giveBack();
    assertThat(places.taken()).isEqualTo(1);
  }

  @Test
  void noPlaces_isRefused() {
    assertThatThrownBy(() -> new DeliveryPlaces(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
