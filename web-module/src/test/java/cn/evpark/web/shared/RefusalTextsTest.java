package cn.evpark.web.shared;

import static cn.evpark.web.shared.Refusals.bundle;
import static cn.evpark.web.shared.Refusals.invalid;
import static cn.evpark.web.shared.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.PileNoAnswerException;
import cn.evpark.pile.PileOfflineException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.StationNotDeletableException;
import cn.evpark.tariff.TariffInUseException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class RefusalTextsTest {

  private static final PileCode PILE = PileCode.of("32010200000001");

  @Test
  void of_domainException_showsThePlatformsTextOfItsCode() {
    assertThat(RefusalTexts.of(new StationNotDeletableException(), bundle("en")))
        .containsExactly("A station cannot be deleted once created; edit it instead");
  }

  @Test
  void of_pileCommandFailure_namesThePileTheExceptionCarries() {
    assertThat(RefusalTexts.of(new PileOfflineException(PILE, "offline"), bundle("zh")))
        .containsExactly("充电桩 32010200000001 离线，指令未下发");
    assertThat(RefusalTexts.of(new PileNoAnswerException(PILE, "no answer"), bundle("en")))
        .containsExactly("Pile 32010200000001 did not answer");
  }

  @Test
  void of_tariffInUse_namesTheStationsByTheFeaturesCode() {
    TariffInUseException inUse =
        new TariffInUseException("tariff.standard.inUse", List.of("南站", "北站"));

    assertThat(RefusalTexts.of(inUse, bundle("zh"))).containsExactly("电站“南站、北站”正在使用该计费标准，不能删除");
  }

  @Test
  void of_codeWithoutText_saysNotDone() {
    assertThat(RefusalTexts.of(refusal("no.such.code"), bundle("zh"))).containsExactly("操作未完成");
  }

  @Test
  void of_brokenRules_eachRuleOnceWithItsArguments() {
    RuleViolationException broken =
        new RuleViolationException(
            "tariff.standard.invalid",
            List.of(
                rule("segments[1].start", "tariff.segments.increasing", "2"),
                rule("segments[2].electricityPrice", "tariff.segments.priceNegative", "3"),
                rule("segments[2].servicePrice", "tariff.segments.priceNegative", "3")));

    assertThat(RefusalTexts.of(broken, bundle("en")))
        .containsExactly(
            "Row 2: the start must be later than the row before",
            "Row 3: prices must not be negative");
  }

  @Test
  void of_brokenRuleWithoutText_showsTheRefusalsText() {
    RuleViolationException broken =
        new RuleViolationException(
            "charging.staffSettlement.invalid",
            List.of(
                rule("reason", "charging.staffSettlement.reason", "200"),
                rule("requestId", "charging.staffSettlement.requestId", "64")));

    assertThat(RefusalTexts.of(broken, bundle("en")))
        .containsExactly("Please give a reason (at most 200 characters)");
  }

  @Test
  void of_invalidInput_namesEachField() {
    assertThat(
            RefusalTexts.of(
                invalid("create.arg1.contactPhone", "create.arg1.unlabelled"), bundle("zh")))
        .containsExactly("联系电话：格式不正确", "unlabelled：格式不正确");
  }

  @Test
  void of_notARefusal_isRefused() {
    assertThatThrownBy(() -> RefusalTexts.of(new IllegalStateException("bug"), bundle("zh")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unwrap_takesOffWhatTheContainerAndTheCommandsStageWrapped() {
    PileOfflineException offline = new PileOfflineException(PILE, "offline");

    assertThat(
            RefusalTexts.unwrap(
                new ExecutionException(new CompletionException(new EJBException(offline)))))
        .isSameAs(offline);
  }

  @Test
  void isRefusal_onlyDomainExceptionsAndInvalidInput() {
    assertThat(RefusalTexts.isRefusal(refusal("x"))).isTrue();
    assertThat(RefusalTexts.isRefusal(invalid("a.b"))).isTrue();
    assertThat(RefusalTexts.isRefusal(new EJBException("database down"))).isFalse();
    assertThat(RefusalTexts.isRefusal(new NullPointerException())).isFalse();
  }

  private static RuleViolation rule(String field, String code, String argument) {
    return new RuleViolation(field, code, List.of(argument), field + " breaks " + code);
  }
}
