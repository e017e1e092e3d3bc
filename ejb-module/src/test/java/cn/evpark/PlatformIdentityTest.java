package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import cn.evpark.operator.CallerScope;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Schedule;

/**
 * What runs without a caller runs as the platform: every MDB and every bean with a timer carries
 * {@code @RunAs(PLATFORM)}, because a caller without a role sees nothing ({@link CallerScope}).
 */
@AnalyzeClasses(packages = "cn.evpark", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformIdentityTest {

  static final DescribedPredicate<JavaAnnotation<?>> RUN_AS_PLATFORM =
      new DescribedPredicate<>("@RunAs(\"" + CallerScope.PLATFORM + "\")") {
        @Override
        public boolean test(JavaAnnotation<?> annotation) {
          return annotation.getRawType().isEquivalentTo(RunAs.class)
              && CallerScope.PLATFORM.equals(annotation.get("value").orElse(null));
        }
      };

  @ArchTest
  static final ArchRule messageDrivenBeans_runAsThePlatform =
      classes()
          .that()
          .areAnnotatedWith(MessageDriven.class)
          .should()
          .beAnnotatedWith(RUN_AS_PLATFORM)
          .because("a pile's message has no caller, and a caller without a role sees nothing");

  @ArchTest
  static final ArchRule timers_runAsThePlatform =
      methods()
          .that()
          .areAnnotatedWith(Schedule.class)
          .should()
          .beDeclaredInClassesThat(
              new DescribedPredicate<JavaClass>("are annotated with " + RUN_AS_PLATFORM) {
                @Override
                public boolean test(JavaClass owner) {
                  return owner.isAnnotatedWith(RUN_AS_PLATFORM);
                }
              })
          .because("a timer has no caller, and a caller without a role sees nothing");
}
