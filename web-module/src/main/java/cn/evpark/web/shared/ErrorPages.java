package cn.evpark.web.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@value #PATH}: where the server sends every error (an unknown URL, a refused or failed request;
 * {@code web.xml}'s error pages), so nobody sees the server's raw 404 or 500 (issue 18).
 *
 * <ul>
 *   <li>A request under {@code /api/} answers {@code application/problem+json} (RFC 9457, as the
 *       API's own mappers do) with the status and {@code code} {@code http.<status>}: clients of
 *       the API parse it, they do not read pages.
 *   <li>Every other request shows the platform's page {@code /error.xhtml}: what happened in the
 *       staff's language ({@value #KIND_ATTRIBUTE}: {@code notFound}, {@code forbidden} or {@code
 *       failed}) and the way back to the home page. A Faces ajax request that fails lands there too
 *       (PrimeFaces' exception handler redirects to the error page of {@code web.xml}).
 * </ul>
 *
 * <p>Runs on: HTTP request threads.
 */
@WebServlet(name = "errors", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where {@code web.xml} sends errors. */
  static final String PATH = "/error";

  /** The request attribute telling {@code /error.xhtml} which text to show. */
  static final String KIND_ATTRIBUTE = "errorKind";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
            ? failed
            : request.getRequestURI();
    response.setStatus(status);
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      problem(status, response);
      return;
    }
    request.setAttribute(KIND_ATTRIBUTE, kind(status));
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  /** The text of the page for an HTTP status. */
  static String kind(int status) {
    return switch (status) {
      case HttpServletResponse.SC_NOT_FOUND -> "notFound";
      case HttpServletResponse.SC_FORBIDDEN -> "forbidden";
      default -> "failed";
    };
  }

  private static void problem(int status, HttpServletResponse response) throws IOException {
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"status\":"
                + status
                + ",\"code\":\"http."
                + status
                + "\",\"title\":\""
                + (status == HttpServletResponse.SC_NOT_FOUND
                    ? "Not Found"
                    : status == HttpServletResponse.SC_FORBIDDEN ? "Forbidden" : "Error")
                + "\"}");
  }
}
