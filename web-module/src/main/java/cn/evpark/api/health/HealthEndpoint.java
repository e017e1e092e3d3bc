package cn.evpark.api.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * {@code /health}, {@code /health/ready}, {@code /health/live} and {@code /health/started}: the
 * platform's MicroProfile Health checks (this package's {@code @Readiness} beans), called and
 * answered by this web module itself in MicroProfile Health 4's JSON ({@link HealthReport}), the
 * same on Payara and WildFly. Any other path under {@code /health} answers 404.
 *
 * <p>The servers' own endpoints do not serve: Payara serves its endpoint from whichever web module
 * sits at the root context, and while the platform deploys that is the server's default web module,
 * which answers {@code UP} with no checks at all ({@code
 * mp.health.default.readiness.empty.response} is not read by Payara 6); WildFly finds no checks in
 * an EAR's modules (its MicroProfile Health subsystem lists checks in EAR sub-deployments as not
 * supported) and answers on its management port. So Payara's endpoint is moved out of the way
 * ({@code set-microprofile-healthcheck-configuration --endpoint=mp-health}, in the Micro post-boot
 * file and the EAR's domain set-up), and {@code /health} exists only once this module is loaded,
 * which both servers do after the EJB modules have started: the database migrated, the platform's
 * data created, the MDB active and with it the YKC server listening ({@link YkcServerReadiness}).
 * The module must sit at the root context.
 *
 * <p>The first request also has the API document built ({@link OpenApiReadiness}).
 *
 * <p>Runs on: HTTP request threads.
 */
@WebServlet(
    name = "health",
    urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The kinds of check each path answers with, by path under {@code /health}. */
  private static final Map<String, List<Annotation>> KINDS =
      Map.of(
          "",
          List.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE),
          "/live",
          List.of(Liveness.Literal.INSTANCE),
          "/ready",
          List.of(Readiness.Literal.INSTANCE),
          "/started",
          List.of(Startup.Literal.INSTANCE));

  @Inject @Readiness OpenApiReadiness openApi;
  @Inject @Any Instance<HealthCheck> checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    openApi.prepare(URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi"));
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    List<Annotation> kinds = KINDS.get(path.equals("/") ? "" : path);
    if (kinds == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<HealthCheck> called = new ArrayList<>();
    for (Annotation kind : kinds) {
      for (HealthCheck check : checks.select(kind)) {
        if (!called.contains(check)) {
          called.add(check);
        }
      }
    }
    HealthReport report = HealthReport.of(called);
    response.setStatus(report.httpStatus());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Json.createWriter(response.getWriter()).write(report.toJson());
  }
}
