package cn.evpark;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The features of the domain (one package each, architecture.md) depend on each other in one
 * direction only: a feature that needs another reaches it through its service, and never the other
 * way round as well. What needs several features (read models such as the station list, the
 * endpoint of pile messages) lives in a package of its own above them.
 */
@AnalyzeClasses(packages = "cn.evpark", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureDependenciesTest {

  @ArchTest
  static final ArchRule features_dependOnEachOther_withoutCycles =
      slices()
          .matching("cn.evpark.(*)..")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a cycle between features makes them one feature that cannot change alone");
}
