package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.operator.CallerScope;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Schedule;
import jakarta.ejb.Timeout;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What runs without a caller runs as the platform: every MDB and every bean with a timer carries
 * {@code @RunAs(PLATFORM)}, because a caller without a role sees nothing ({@link CallerScope}); and
 * the Payara EJB descriptor names the run-as principal of exactly those beans.
 */
@AnalyzeClasses(packages = "cn.evpark", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformIdentityTest {

  static final String DESCRIPTOR = "META-INF/glassfish-ejb-jar.xml";

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
  static final ArchRule runAsBeans_nameTheirPrincipal_inTheDescriptor =
      classes()
          .that()
          .areAnnotatedWith(RUN_AS_PLATFORM)
          .should(
              new ArchCondition<JavaClass>(
                  "be given the principal "
                      + CallerScope.PLATFORM_PRINCIPAL
                      + " in "
                      + DESCRIPTOR) {
                @Override
                public void check(JavaClass bean, ConditionEvents events) {
                  if (!principalsByBean()
                      .getOrDefault(bean.getSimpleName(), "")
                      .equals(CallerScope.PLATFORM_PRINCIPAL)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            bean, bean.getName() + " has no run-as principal in " + DESCRIPTOR));
                  }
                }
              })
          .because("without one Payara picks it from the role mapping, warning at every deploy");

  @Test
  void descriptor_namesOnlyBeansThatRunAsThePlatform() {
    Set<String> runAs =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.evpark")
                .stream()
                .filter(c -> c.isAnnotatedWith(RUN_AS_PLATFORM))
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());

    assertThat(principalsByBean().keySet()).isEqualTo(runAs);
  }

  /** The run-as principal of each bean (by EJB name) in the Payara EJB descriptor. */
  static Map<String, String> principalsByBean() {
    try (InputStream xml =
        PlatformIdentityTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      NodeList ejbs = factory.newDocumentBuilder().parse(xml).getElementsByTagName("ejb");
      Map<String, String> principals = new HashMap<>();
      for (int i = 0; i < ejbs.getLength(); i++) {
        Element ejb = (Element) ejbs.item(i);
        principals.put(
            ejb.getElementsByTagName("ejb-name").item(0).getTextContent().strip(),
            ejb.getElementsByTagName("name").item(0).getTextContent().strip());
      }
      return principals;
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + DESCRIPTOR, e);
    }
  }

  @ArchTest
  static final ArchRule timers_runAsThePlatform =
      methods()
          .that()
          .areAnnotatedWith(Schedule.class)
          .or()
          .areAnnotatedWith(Timeout.class)
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
