package cn.evpark.api.health;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health}, {@code /health/ready}, {@code /health/live} and {@code /health/started}:
 * Payara's MicroProfile Health endpoint, answered from inside this web module, so that no probe
 * sees it before the platform is deployed (issue 14).
 *
 * <p>Payara serves its endpoint from whichever web module sits at the root context. While the
 * platform deploys, that is the server's default web module, and Payara counts the resource adapter
 * (deployed first, on Payara Micro) as a started application: for the half minute until the
 * platform's checks are registered it answers {@code UP} with no checks at all ({@code
 * mp.health.default.readiness.empty.response} is not read by Payara 6). The server is therefore
 * configured to serve its endpoint at {@value #PAYARA_ENDPOINT} instead ({@code
 * set-microprofile-healthcheck-configuration --endpoint=mp-health}, in the Micro post-boot file and
 * the EAR's domain set-up), and {@code /health} exists only once this module is loaded, which
 * Payara does after the EJB modules have started: the database migrated, the platform's data
 * created, the MDB active and with it the YKC server listening ({@link YkcServerReadiness}).
 *
 * <p>The module must sit at the root context (the Micro WAR's {@code glassfish-web.xml}, the EAR's
 * web module), where Payara puts its servlet. A request is forwarded, path and query unchanged, to
 * Payara's servlet in this same context; its answer (MicroProfile Health 4 JSON, 200 or 503) is the
 * answer. The first request also has the API document built ({@link OpenApiReadiness}).
 *
 * <p>Runs on: HTTP request threads.
 */
@WebServlet(
    name = "health",
    urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where Payara's own health servlet is mapped: the server's {@code endpoint} setting. */
  static final String PAYARA_ENDPOINT = "/mp-health";

  @Inject @Readiness OpenApiReadiness openApi;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    openApi.prepare(URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi"));
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    request.getRequestDispatcher(PAYARA_ENDPOINT + path + query).forward(request, response);
  }
}
