package cn.evpark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain takes parsed values and gives content; file formats are the edge's. Workbooks (POI)
 * and QR images (ZXing) are read and drawn in web-module: the pile import takes {@code
 * PileImportRow}s, the QR codes are {@code GunQrCode} texts.
 */
@AnalyzeClasses(packages = "cn.evpark", importOptions = ImportOption.DoNotIncludeTests.class)
class FormatsAtTheEdgeTest {

  @ArchTest
  static final ArchRule domain_readsAndDrawsNoFileFormats =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.poi..", "com.google.zxing..")
          .because("pages and APIs turn bytes into rows and content into images");
}
