package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.operator.ScopedQuery;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tenancy by construction (issue 13, architecture.md Security): every query over an {@link
 * OperatorOwned} entity goes through {@link ScopedQuery}, which always adds the operator predicate.
 * Code that reads across operators on purpose says so with {@code Scope.platform()}; code that
 * writes its own JPQL over such an entity fails here.
 */
class TenancyRulesTest {

  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("cn.evpark");

  private static final Path SOURCES = Path.of("src/main/java");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  @Test
  void operatorOwnedEntities_areFound() {
    assertThat(ownedEntityNames())
        .contains(
            "Station",
            "Pile",
            "Operator",
            "StaffAccount",
            "ChargingFeeStandard",
            "ChargingOrder",
            "StaffSettlement",
            "PaymentOrder",
            "Refund",
            "WeChatMerchant",
            "LedgerAccount",
            "InvoiceRequest");
  }

  @Test
  void noCodeUnit_createsAQueryTypedByAnOperatorOwnedEntity_outsideScopedQuery() {
    ArchRule rule =
        codeUnits()
            .that()
            .areDeclaredInClassesThat()
            .doNotBelongToAnyOf(ScopedQuery.class)
            .should(
                new ArchCondition<JavaCodeUnit>(
                    "not create a query typed by an @OperatorOwned entity") {
                  @Override
                  public void check(JavaCodeUnit unit, ConditionEvents events) {
                    boolean createsQuery =
                        unit.getMethodCallsFromSelf().stream().anyMatch(TenancyRulesTest::queries);
                    unit.getReferencedClassObjects().stream()
                        .filter(ref -> ref.getRawType().isAnnotatedWith(OperatorOwned.class))
                        .filter(ref -> createsQuery)
                        .forEach(
                            ref ->
                                events.add(
                                    SimpleConditionEvent.violated(
                                        unit,
                                        unit.getFullName()
                                            + " queries "
                                            + ref.getRawType().getSimpleName()
                                            + " without ScopedQuery ("
                                            + ref.getSourceCodeLocation()
                                            + ")")));
                  }
                })
            .because("a query over an operator's rows must keep to the caller's scope");
    rule.check(DOMAIN);
  }

  @Test
  void noJpqlText_namesAnOperatorOwnedEntity() throws IOException {
    Set<String> owned = ownedEntityNames();
    Pattern naming =
        Pattern.compile(
            "\\b(?:from|join)\\s+(" + String.join("|", owned) + ")\\b", Pattern.CASE_INSENSITIVE);
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code =
            COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        Matcher literal = STRING_LITERAL.matcher(code);
        while (literal.find()) {
          Matcher entity = naming.matcher(literal.group());
          if (entity.find() && owned.contains(entity.group(1))) {
            violations.add(SOURCES.relativize(file) + ": " + literal.group());
          }
        }
      }
    }
    assertThat(violations)
        .as("JPQL over an @OperatorOwned entity belongs in ScopedQuery.from(...)")
        .isEmpty();
  }

  /** The entity names JPQL knows the operator-owned entities by. */
  private static Set<String> ownedEntityNames() {
    return DOMAIN.stream()
        .filter(c -> c.isAnnotatedWith(OperatorOwned.class))
        .map(TenancyRulesTest::entityName)
        .collect(Collectors.toSet());
  }

  private static String entityName(JavaClass entity) {
    return entity
        .tryGetAnnotationOfType(jakarta.persistence.Entity.class)
        .map(jakarta.persistence.Entity::name)
        .filter(name -> !name.isEmpty())
        .orElse(entity.getSimpleName());
  }

  private static boolean queries(JavaMethodCall call) {
    return call.getTargetOwner().isAssignableTo(EntityManager.class)
        && Set.of("createQuery", "createNamedQuery", "getCriteriaBuilder").contains(call.getName());
  }
}
