package cn.evpark.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as the API reports it: RFC 9457 problem details plus a stable {@code code} and, for
 * invalid input, one entry per violated rule.
 */
@Schema(name = "Problem")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    List<Violation> violations,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One broken rule of the input.
   *
   * @param field where in the request: a property path such as {@code latitude} or {@code
   *     tiers[2].price}; empty for the request body as a whole
   * @param message what is wrong
   * @param code the rule's stable code, when it is a business rule
   * @param allowed the values the field may take, when they are a fixed list (an enum); else null
   */
  public record Violation(String field, String message, String code, List<String> allowed) {

    public Violation {
      allowed = allowed == null ? null : List.copyOf(allowed);
    }

    /** A broken business rule, with its code. */
    public Violation(String field, String message, String code) {
      this(field, message, code, null);
    }

    /** A broken rule of the request's form (Bean Validation), which has no code. */
    public Violation(String field, String message) {
      this(field, message, null, null);
    }
  }

  /** 400 {@code request.malformed}: input that is not of the shape or kind the API reads. */
  static Problem malformed(String detail, List<Violation> violations) {
    return new Problem(
        "about:blank", "Bad Request", 400, detail, "request.malformed", violations, null);
  }

  static Response response(Response.StatusType status, String code, String detail) {
    return build(
        new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            code,
            List.of(),
            null));
  }

  static Response build(Problem problem) {
    return Response.status(problem.status())
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(problem)
        .build();
  }
}
