package cn.evpark.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParameterCheckTest {

  enum Kind {
    MONTHLY,
    STORED_VALUE
  }

  /** A resource method with every kind of query parameter the check reads. */
  @SuppressWarnings("unused")
  static void list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("station") Long station,
      @QueryParam("amount") BigDecimal amount,
      @QueryParam("kind") Kind kind,
      @QueryParam("outOfDate") boolean outOfDate,
      @QueryParam("from") String from,
      String body) {}

  static final Method LIST = method();

  private static Method method() {
    try {
      return QueryParameterCheckTest.class.getDeclaredMethod(
          "list",
          int.class,
          Long.class,
          BigDecimal.class,
          Kind.class,
          boolean.class,
          String.class,
          String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Problem.Violation> check(Map<String, List<String>> query) {
    MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
    query.forEach(map::put);
    return QueryParameterCheck.violations(LIST, map);
  }

  @Test
  void valuesTheTypesTake_orNone_passWithoutViolations() {
    assertThat(check(Map.of())).isEmpty();
    assertThat(
            check(
                Map.of(
                    "first", List.of("20"),
                    "station", List.of("-3"),
                    "amount", List.of("12.50"),
                    "kind", List.of("MONTHLY"),
                    "outOfDate", List.of("yes"),
                    "from", List.of("not checked here"),
                    "unknown", List.of("x"))))
        .isEmpty();
  }

  @Test
  void blankValues_areLeftToJaxRsAsAbsent() {
    assertThat(check(Map.of("station", List.of(""), "kind", List.of(" ")))).isEmpty();
  }

  @Test
  void eachWrongParameter_isNamedOnce_withItsRule() {
    List<Problem.Violation> wrong =
        check(
            Map.of(
                "first", List.of("abc", "def"),
                "station", List.of("1.5", "12"),
                "amount", List.of("1,5"),
                "kind", List.of("monthly")));

    assertThat(wrong)
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("first", "station", "amount", "kind");
    assertThat(wrong)
        .filteredOn(v -> v.field().equals("first"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .isEqualTo("must be a whole number from -2147483648 to 2147483647"));
    assertThat(wrong)
        .filteredOn(v -> v.field().equals("station"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("must be a whole number"));
    assertThat(wrong)
        .filteredOn(v -> v.field().equals("amount"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("must be a number"));
    assertThat(wrong)
        .filteredOn(v -> v.field().equals("kind"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.message()).isEqualTo("must be one of MONTHLY, STORED_VALUE");
              assertThat(v.allowed()).containsExactly("MONTHLY", "STORED_VALUE");
            });
  }

  @Test
  void onlyTheFirstValue_isRead_asGiven_asJaxRsReadsIt() {
    assertThat(check(Map.of("station", List.of("12", "x")))).isEmpty();
    assertThat(check(Map.of("station", List.of(" 12"), "kind", List.of("MONTHLY "))))
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("station", "kind");
  }

  @Test
  void anIntBeyondItsRange_isRefused() {
    assertThat(check(Map.of("first", List.of("2147483648"))))
        .extracting(Problem.Violation::field)
        .containsExactly("first");
  }
}
