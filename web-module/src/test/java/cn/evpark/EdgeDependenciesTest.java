package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pages and APIs speak the domain's language only: they never use the YKC adapter's or protocol's
 * types ({@code cn.evpark.ykc..}). The domain services convert between the piles' wire values and
 * what staff and integrators see, and turn the adapter's failures into domain exceptions.
 */
@AnalyzeClasses(
    packages = {"cn.evpark.web", "cn.evpark.api"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class EdgeDependenciesTest {

  @ArchTest
  static final ArchRule pagesAndApis_useNoAdapterOrWireTypes =
      noClasses()
          .that()
          .resideInAnyPackage("cn.evpark.web..", "cn.evpark.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.evpark.ykc..")
          .because("the edges convert domain values, and the YKC types are the adapter's");
}
