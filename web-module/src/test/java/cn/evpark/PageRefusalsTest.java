package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import cn.evpark.shared.DomainException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.EJBException;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Page beans leave a service's refusal to {@code @PageAction}: none catches a domain exception,
 * invalid input, or the broad types they arrive in. A catch a page keeps is for an outcome that is
 * no refusal (a command still waiting for its pile's answer).
 */
@AnalyzeClasses(packages = "cn.evpark.web", importOptions = ImportOption.DoNotIncludeTests.class)
class PageRefusalsTest {

  /** Not Throwable: every try-with-resources catches it to close and rethrow. */
  private static final List<Class<?>> REFUSAL_CARRIERS =
      List.of(
          Exception.class,
          RuntimeException.class,
          EJBException.class,
          CompletionException.class,
          ConstraintViolationException.class);

  @ArchTest
  static final ArchRule pageBeans_catchNoRefusal =
      classes()
          .that()
          .areAnnotatedWith(Named.class)
          .or()
          .haveSimpleNameEndingWith("Page")
          .should(catchNoRefusal())
          .because("one place, PageActionInterceptor, turns refusals into the page's messages");

  private static ArchCondition<JavaClass> catchNoRefusal() {
    return new ArchCondition<>("catch no refusal") {
      @Override
      public void check(JavaClass page, ConditionEvents events) {
        for (JavaCodeUnit action : page.getCodeUnits()) {
          for (TryCatchBlock block : action.getTryCatchBlocks()) {
            for (JavaClass caught : block.getCaughtThrowables()) {
              if (caught.isAssignableTo(DomainException.class)
                  || REFUSAL_CARRIERS.stream().anyMatch(caught::isEquivalentTo)) {
                events.add(
                    SimpleConditionEvent.violated(
                        block,
                        action.getFullName()
                            + " catches "
                            + caught.getName()
                            + " in "
                            + block.getSourceCodeLocation()));
              }
            }
          }
        }
      }
    };
  }
}
