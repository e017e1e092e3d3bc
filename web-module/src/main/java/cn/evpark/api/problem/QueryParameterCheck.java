package cn.evpark.api.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Refuses a query parameter the resource method cannot take, with 400 {@code request.malformed}
 * naming the parameter, before JAX-RS converts it. Without this check JAX-RS answers a failed
 * conversion of a query parameter with a bare 404 (Jakarta REST 3.1 §3.2), as if the path were
 * wrong: {@code GET /api/admin/piles?size=abc} would say "not found".
 *
 * <p>Checked are the {@link QueryParam} parameters of the matched method whose type is a number
 * ({@code int}, {@code long}, their wrappers, {@code BigDecimal}) or an enum. A blank value is left
 * to JAX-RS (read as absent); {@code boolean} takes any text, as JAX-RS defines. Text parameters
 * with their own format (dates) are read by {@link QueryParams}.
 */
@Provider
public class QueryParameterCheck implements ContainerRequestFilter {

  private static final NumberRule INT =
      new NumberRule(Integer::valueOf, "a whole number from -2147483648 to 2147483647");
  private static final NumberRule LONG = new NumberRule(Long::valueOf, "a whole number");
  private static final Map<Class<?>, NumberRule> NUMBERS =
      Map.of(
          int.class, INT,
          Integer.class, INT,
          long.class, LONG,
          Long.class, LONG,
          BigDecimal.class, new NumberRule(BigDecimal::new, "a number"));

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return;
    }
    List<Problem.Violation> violations =
        violations(method, request.getUriInfo().getQueryParameters());
    if (!violations.isEmpty()) {
      request.abortWith(
          Problem.build(
              Problem.malformed(
                  "The query holds "
                      + violations.size()
                      + " parameter(s) of the wrong kind: "
                      + String.join(
                          ", ", violations.stream().map(Problem.Violation::field).toList())
                      + ".",
                  violations)));
    }
  }

  /**
   * What is wrong with a query for a resource method: one violation per parameter whose value the
   * method's parameter type cannot take. As JAX-RS does, only a parameter's first value is read,
   * and as it is given (Jersey refuses {@code " 5"} for an {@code int}).
   *
   * @param method the resource method JAX-RS matched
   * @param query the decoded query parameters
   * @return the violations, field = the parameter's name; empty when every value fits
   */
  static List<Problem.Violation> violations(Method method, MultivaluedMap<String, String> query) {
    List<Problem.Violation> violations = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam name = parameter.getAnnotation(QueryParam.class);
      if (name != null) {
        check(name.value(), parameter.getType(), query.getFirst(name.value()))
            .ifPresent(violations::add);
      }
    }
    return violations;
  }

  private static Optional<Problem.Violation> check(String name, Class<?> type, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (type.isEnum()) {
      List<String> constants =
          Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      return constants.contains(value)
          ? Optional.empty()
          : Optional.of(
              new Problem.Violation(
                  name, "must be one of " + String.join(", ", constants), null, constants));
    }
    NumberRule number = NUMBERS.get(type);
    if (number == null) {
      return Optional.empty();
    }
    try {
      number.parse().apply(value);
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(new Problem.Violation(name, "must be " + number.kind()));
    }
  }

  /** How a number type is read, and how its rule is worded. */
  private record NumberRule(Function<String, Object> parse, String kind) {}
}
