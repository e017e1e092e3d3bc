package cn.evpark.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.evpark.api.pile.PileRequest;
import cn.evpark.api.station.StationRequest;
import cn.evpark.station.Scenario;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies of {@code POST /api/admin/stations} and {@code /piles} that Yasson (the JSON-B of Payara)
 * refuses: each answer names the field and what is wrong, as the API's 400 says it. The failures
 * are Yasson's own, wrapped as Jersey's JSON-B provider wraps them.
 */
class MalformedBodyTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** A form with a list of nested records, to check paths below the top level. */
  public record Tier(Scenario kind, long minutes) {}

  /** See {@link Tier}. */
  public record Form(String name, List<Tier> tiers) {}

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  @Test
  void explain_brokenJsonInAValue_namesThatField() {
    List<Problem.Violation> violations =
        explain("{\"name\":\"A站\",\"scenario\": OFFICE}", StationRequest.class);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("scenario");
              assertThat(v.message()).startsWith("is not valid JSON (line 1, column");
            });
  }

  @Test
  void explain_bodyEndingEarly_namesTheBodyAsAWhole() {
    List<Problem.Violation> violations = explain("{\"name\":\"A站\",", StationRequest.class);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEmpty();
              assertThat(v.message()).startsWith("is not valid JSON");
            });
  }

  @Test
  void explain_stringForADecimal_namesTheFieldAndWantsANumber() {
    List<Problem.Violation> violations =
        explain("{\"name\":\"A站\",\"latitude\":\"north\"}", StationRequest.class);

    assertThat(violations).containsExactly(new Problem.Violation("latitude", "must be a number"));
  }

  @Test
  void explain_stringForALong_namesTheFieldAndWantsANumber() {
    List<Problem.Violation> violations =
        explain("{\"stationId\":\"first\",\"code\":\"32010200000001\"}", PileRequest.class);

    assertThat(violations).containsExactly(new Problem.Violation("stationId", "must be a number"));
  }

  @Test
  void explain_unknownEnumName_namesTheFieldAndListsTheAllowedValues() {
    List<Problem.Violation> violations =
        explain("{\"name\":\"A站\",\"scenario\":\"MOON_BASE\"}", StationRequest.class);

    List<String> allowed = Arrays.stream(Scenario.values()).map(Enum::name).toList();
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("scenario");
              assertThat(v.message()).isEqualTo("must be one of " + String.join(", ", allowed));
              assertThat(v.allowed()).isEqualTo(allowed);
            });
  }

  @Test
  void explain_unknownEnumNameOfAPile_namesTheField() {
    List<Problem.Violation> violations =
        explain("{\"stationId\":1,\"category\":\"SHARED\"}", PileRequest.class);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("category");
              assertThat(v.allowed()).containsExactly("PUBLIC", "PRIVATE");
            });
  }

  @Test
  void explain_unknownEnumNameInAList_givesTheElementsPath() {
    List<Problem.Violation> violations =
        explain("{\"tiers\":[{\"kind\":\"OFFICE\"},{\"kind\":\"ROOF\"}]}", Form.class);

    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("tiers[1].kind"));
  }

  @Test
  void explain_nullForAPrimitive_namesTheField() {
    List<Problem.Violation> violations =
        explain("{\"stationId\":null,\"code\":\"32010200000001\"}", PileRequest.class);

    assertThat(violations).containsExactly(new Problem.Violation("stationId", "must not be null"));
  }

  @Test
  void malformedBody_providersExceptionAsJerseyWrapsIt_isA400NamingTheField() {
    Throwable failure =
        new ProcessingException(
            "Error deserializing object from entity stream.",
            yassonFailure("{\"latitude\":\"north\"}", StationRequest.class));

    assertThat(ProblemMappers.malformedBody(failure))
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("request.malformed");
              assertThat(problem.violations())
                  .containsExactly(new Problem.Violation("latitude", "must be a number"));
            });
  }

  @Test
  void malformedBody_explainedByTheReader_keepsItsViolations() {
    List<Problem.Violation> violations = List.of(new Problem.Violation("scenario", "must be x"));
    Throwable failure =
        new ProcessingException("reading", new MalformedBodyException(violations, null));

    assertThat(ProblemMappers.malformedBody(failure))
        .hasValueSatisfying(problem -> assertThat(problem.violations()).isEqualTo(violations));
  }

  @Test
  void malformedBody_otherFailures_areNoneOfIt() {
    assertThat(ProblemMappers.malformedBody(new IllegalStateException("bug"))).isEmpty();
    assertThat(ProblemMappers.malformedBody(new ProcessingException("reset by peer"))).isEmpty();
  }

  private static List<Problem.Violation> explain(String body, Type target) {
    return MalformedBody.explain(
        new ProcessingException(
            "Error deserializing object from entity stream.", yassonFailure(body, target)),
        target,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static Throwable yassonFailure(String body, Type target) {
    Throwable failure = catchThrowable(() -> JSONB.fromJson(body, target));
    assertThat(failure).as("Yasson refuses %s", body).isNotNull();
    return failure;
  }
}
