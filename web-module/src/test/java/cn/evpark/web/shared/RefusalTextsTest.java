package cn.evpark.web.shared;

import static cn.evpark.web.shared.Refusals.bundle;
import static cn.evpark.web.shared.Refusals.invalid;
import static cn.evpark.web.shared.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileDetails;
import cn.evpark.pile.PileNoAnswerException;
import cn.evpark.pile.PileOfflineException;
import cn.evpark.shared.DomainException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.Scenario;
import cn.evpark.station.StationDetails;
import cn.evpark.station.StationNotDeletableException;
import cn.evpark.station.TaxAccount;
import cn.evpark.tariff.TariffInUseException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
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
  void of_argumentsThatAreLabelKeys_showTheirLabels() {
    DomainException refused =
        new DomainException(
            "card.status.refused",
            "lost",
            List.of("0000000000000007", "card.status.LOST", "card.status.ENABLED")) {
          private static final long serialVersionUID = 1L;
        };

    assertThat(RefusalTexts.of(refused, bundle("zh")))
        .containsExactly("卡 0000000000000007 当前为挂失，不能改为启用");
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
                invalid("create.arg1.phoneOfNoRule", "create.arg1.unlabelled"), bundle("zh")))
        .containsExactly("phoneOfNoRule：格式不正确", "unlabelled：格式不正确");
  }

  /** Issue 18: "格式不正确" said nothing of the rule; the coordinates' range and the phone's format. */
  @Test
  void each_invalidStation_namesFieldAndRule_onThatField() {
    var invalid =
        invalidInput(
            new StationDetails(
                "站",
                "310000",
                "310100",
                "310101",
                "延安东路100号",
                new BigDecimal("91"),
                new BigDecimal("121.47"),
                Scenario.OFFICE,
                "021-1234"));

    assertThat(RefusalTexts.each(invalid, bundle("zh")))
        .extracting(t -> t.field().orElse("") + " " + t.text())
        .containsExactlyInAnyOrder(
            "latitude 纬度：请输入 3.5 至 53.6 之间的数（中国境内，北纬，最多 6 位小数）",
            "contactPhone 联系电话：请输入 11 位手机号，以 1 开头（如 13900001111）");
  }

  /** Issue 18: enabling 电子发票 with empty fields named the 联联对接 parameters. */
  @Test
  void of_incompleteInvoicing_namesTheInvoiceFields_notAnotherTabs() {
    assertThat(RefusalTexts.of(invalidInput(new InvoiceSettings(true, "", "")), bundle("zh")))
        .containsExactly("电子发票：开通时销售方名称和纳税人识别号必填");
    assertThat(
            RefusalTexts.of(
                invalidInput(new Interconnection(true, "", "", "", "", "")), bundle("en")))
        .allSatisfy(text -> assertThat(text).startsWith("Interconnection: when enabled"));
  }

  @Test
  void of_constraintWithoutFieldRule_saysTheConstraintsBounds() {
    var invalid = invalidInput(new TaxAccount("12345", "张三", "13900001111"));

    assertThat(RefusalTexts.of(invalid, bundle("zh"))).containsExactly("全电账号：6 至 64 个字符");
    assertThat(
            RefusalTexts.of(
                invalidInput(new TaxAccount("123456", "张".repeat(51), "13900001111")),
                bundle("en")))
        .containsExactly("Tax officer: 0 to 50 characters");
  }

  @Test
  void of_invalidPile_namesTheCodesFormatAndTheAmountsRange() {
    var invalid =
        invalidInput(
            new PileDetails(
                1L, 1L, "3201", new BigDecimal("5000"), true, PileCategory.PUBLIC, null, null));

    assertThat(RefusalTexts.of(invalid, bundle("zh")))
        .containsExactlyInAnyOrder("充电桩编码：14 位数字（出厂已分配，见桩身铭牌）", "启动充电最低金额：0 至 1000 元，最多 2 位小数");
  }

  private static ConstraintViolationException invalidInput(Object value) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var violations = factory.getValidator().validate(value);
      assertThat(violations).as("violations of " + value).isNotEmpty();
      return new ConstraintViolationException(violations);
    }
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
