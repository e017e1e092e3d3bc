package cn.evpark.api.problem;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.parking.ParkingAuthenticationException;
import cn.evpark.pile.PileCommandFailedException;
import cn.evpark.pile.PileNoAnswerException;
import cn.evpark.shared.DomainException;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.wechatpay.InvalidIdempotencyKeyException;
import cn.evpark.wechatpay.InvalidMerchantSettingsException;
import cn.evpark.wechatpay.NoticeRejectedException;
import cn.evpark.wechatpay.WeChatPayUnavailableException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API, mapped in one place: invalid input 400 (a body that is no JSON of the
 * expected shape among it, {@code request.malformed}), refused access 403, missing 404, a business
 * rule 409 (422 for input that breaks rules, with one violation per rule), a pile that does not
 * answer 504, WeChat Pay refusing or not answering 502, anything else 500 with an incident id in
 * the log and no stack trace in the answer.
 *
 * <p>WeChat Pay's notify URL answers in WeChat's format instead (money.md §6): the same status with
 * {@code {"code":"FAIL","message":…}}; a refused notice is 401 when it fails verification, 409 when
 * its order cannot be paid, else 400.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  /** WeChat Pay's notify path under the application path. */
  static final String WECHAT_NOTIFY = "payments/wechat/notify";

  @Context UriInfo uri;

  /** WeChat's answer to a notice it must send again. */
  public record WeChatFailure(String code, String message) {}

  @Override
  public Response toResponse(Throwable thrown) {
    Response problem = problem(thrown);
    if (uri != null && uri.getPath().replaceAll("^/+", "").startsWith(WECHAT_NOTIFY)) {
      String message =
          problem.getEntity() instanceof Problem p ? p.detail() : "the notice was not applied";
      return Response.status(problem.getStatus())
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new WeChatFailure("FAIL", message))
          .build();
    }
    return problem;
  }

  private Response problem(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    Optional<Problem> malformed = malformedBody(thrown);
    if (malformed.isPresent()) {
      return Problem.build(malformed.get());
    }
    if (cause instanceof WebApplicationException web) {
      Response original = web.getResponse();
      return Problem.response(
          original.getStatusInfo(), "http." + original.getStatus(), web.getMessage());
    }
    if (cause instanceof ConstraintViolationException invalid) {
      return Problem.build(
          new Problem(
              "about:blank",
              "Bad Request",
              400,
              "The request breaks " + invalid.getConstraintViolations().size() + " rule(s).",
              "request.invalid",
              invalid.getConstraintViolations().stream()
                  .map(
                      v ->
                          new Problem.Violation(
                              field(v.getPropertyPath().toString()), v.getMessage()))
                  .toList(),
              null));
    }
    if (cause instanceof InvalidIdempotencyKeyException invalid) {
      return Problem.response(Status.BAD_REQUEST, invalid.code(), invalid.getMessage());
    }
    if (cause instanceof AccessDeniedException denied) {
      return Problem.response(Status.FORBIDDEN, denied.code(), denied.getMessage());
    }
    if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
      return Problem.response(Status.FORBIDDEN, "access.denied", "Not allowed for this account.");
    }
    if (cause instanceof RuleViolationException broken) {
      return Problem.build(
          new Problem(
              "about:blank",
              "Unprocessable Content",
              422,
              "The request breaks " + broken.violations().size() + " business rule(s).",
              broken.code(),
              broken.violations().stream()
                  .map(v -> new Problem.Violation(v.field(), v.message(), v.code()))
                  .toList(),
              null));
    }
    if (cause instanceof ParkingAuthenticationException unauthenticated) {
      return Problem.response(
          Status.UNAUTHORIZED, unauthenticated.code(), unauthenticated.getMessage());
    }
    if (cause instanceof NotFoundException missing) {
      return Problem.response(Status.NOT_FOUND, missing.code(), missing.getMessage());
    }
    if (cause instanceof PileNoAnswerException timeout) {
      return Problem.response(Status.GATEWAY_TIMEOUT, timeout.code(), timeout.getMessage());
    }
    if (cause instanceof NoticeRejectedException rejected) {
      return Problem.response(statusOf(rejected.reason()), rejected.code(), rejected.getMessage());
    }
    if (cause instanceof WeChatPayUnavailableException unavailable) {
      return Problem.response(Status.BAD_GATEWAY, unavailable.code(), unavailable.getMessage());
    }
    if (cause instanceof InvalidMerchantSettingsException invalid) {
      return Problem.build(
          new Problem(
              "about:blank",
              "Unprocessable Content",
              422,
              invalid.getMessage(),
              invalid.code(),
              List.of(new Problem.Violation("", invalid.getMessage(), invalid.code())),
              null));
    }
    if (cause instanceof PileCommandFailedException failed) {
      return Problem.response(Status.SERVICE_UNAVAILABLE, failed.code(), failed.getMessage());
    }
    if (cause instanceof DomainException refused) {
      // a pile that is offline among them: pile.offline
      return Problem.response(Status.CONFLICT, refused.code(), refused.getMessage());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, thrown);
    return Problem.build(
        new Problem(
            "about:blank",
            "Internal Server Error",
            500,
            "Something went wrong; quote incident " + incident + ".",
            "internal",
            List.of(),
            incident));
  }

  /**
   * The answer to a request body the JSON provider could not read: {@link MalformedBodyException}
   * with what is wrong and where, or else the provider's exception (JSON-B's {@code
   * JsonbException}, JSON-P's {@code JsonException}) however Jersey wraps it ({@code
   * ProcessingException}, {@code BadRequestException}). Empty for any other failure.
   */
  static Optional<Problem> malformedBody(Throwable thrown) {
    List<Problem.Violation> violations = null;
    for (Throwable t = thrown; t != null && violations == null; t = t.getCause()) {
      if (t instanceof MalformedBodyException malformed) {
        violations = malformed.violations();
      }
    }
    if (violations == null
        && !(thrown instanceof EJBException)
        && MalformedBody.isJsonFailure(thrown)) {
      violations = MalformedBody.explain(thrown, null, null);
    }
    if (violations == null) {
      return Optional.empty();
    }
    return Optional.of(Problem.malformed("The request body is not the JSON expected.", violations));
  }

  private static Status statusOf(NoticeRejectedException.Reason reason) {
    return switch (reason) {
      case BAD_SIGNATURE, UNKNOWN_SERIAL, STALE -> Status.UNAUTHORIZED;
      case ORDER_NOT_PAYABLE -> Status.CONFLICT;
      case MALFORMED, NOT_OURS, UNKNOWN_ORDER, AMOUNT_MISMATCH, NOT_SUCCESS -> Status.BAD_REQUEST;
    };
  }

  /** The exception that says what happened, under EJB and future wrappers. */
  private static Throwable unwrap(Throwable thrown) {
    Throwable cause = thrown;
    while ((cause instanceof EJBException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** "create.arg0.name" → "name": the parameter path without method and argument. */
  private static String field(String path) {
    String[] parts = path.split("\\.");
    return parts.length > 2
        ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
        : path;
  }
}
