package cn.evpark.web.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.tariff.ScheduleRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule and refusal of the tariff feature has its message on the pages, in both languages. */
class TariffMessagesTest {

  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    Stream.of(ScheduleRule.values()).map(ScheduleRule::code).forEach(codes::add);
    for (String kind : List.of("standard", "reservation", "occupancy")) {
      for (String rule :
          List.of("name.required", "name.tooLong", "name.taken", "inUse", "notFound")) {
        codes.add("tariff." + kind + "." + rule);
      }
    }
    codes.addAll(
        List.of(
            "tariff.operator.required",
            "tariff.reservation.dailyLimit",
            "tariff.reservation.tiers.required",
            "tariff.reservation.tiers.tooMany",
            "tariff.reservation.minutes",
            "tariff.reservation.minutesRepeated",
            "tariff.reservation.fee",
            "tariff.occupancy.chargeType",
            "tariff.occupancy.deposit",
            "tariff.occupancy.withOrder.freeMinutes",
            "tariff.occupancy.withOrder.periodMinutes",
            "tariff.occupancy.withOrder.periodFee",
            "tariff.occupancy.withoutOrder.freeMinutes",
            "tariff.occupancy.withoutOrder.periodMinutes",
            "tariff.occupancy.withoutOrder.periodFee",
            "tariff.station.reservation.notChosen",
            "tariff.station.occupancy.notChosen"));
    return codes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyTariffCode_hasAMessage(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("cn.evpark.web.i18n.messages", Locale.forLanguageTag(language));

    assertThat(codes()).allSatisfy(code -> assertThat(bundle.containsKey(code)).as(code).isTrue());
  }
}
