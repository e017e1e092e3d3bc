package cn.evpark.api.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the API document ({@code /openapi}) is built, so the first request for it after the
 * platform reports ready is answered at once (issue 14).
 *
 * <p>Payara builds the document lazily, on its first request, and caches it: 20 s on two busy cores
 * ({@code curl -w %{time_total}} on a fresh Payara Micro, against 0.15 s for the second request).
 * Nothing in the server builds it earlier, and only a request tells the application the port the
 * server listens on; so the first request for {@code /health} ({@link HealthEndpoint}), which a
 * readiness probe sends right after start, asks for the document itself, and this check stays
 * {@code DOWN} until the document has been answered with 200. A failed attempt is made again by the
 * next probe.
 *
 * <p>Runs on: HTTP request threads (probes); the request for the document on the container's
 * managed executor.
 */
@Readiness
@ApplicationScoped
public class OpenApiReadiness implements HealthCheck {

  /** How long one attempt at the document may take before the next probe starts another. */
  static final Duration BUILD_TIMEOUT = Duration.ofMinutes(2);

  @Resource ManagedExecutorService executor;

  private final AtomicReference<CompletableFuture<Integer>> document = new AtomicReference<>();

  /**
   * Starts building the document unless it is built or being built.
   *
   * @param openApi the server's {@code /openapi} address, as this server is reached locally
   */
  public void prepare(URI openApi) {
    CompletableFuture<Integer> current = document.get();
    if (current != null && !(current.isDone() && status(current) != 200)) {
      return;
    }
    CompletableFuture<Integer> attempt = new CompletableFuture<>();
    if (!document.compareAndSet(current, attempt)) {
      return;
    }
    HttpClient.newBuilder()
        .executor(executor)
        .build()
        .sendAsync(
            HttpRequest.newBuilder(openApi).timeout(BUILD_TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                attempt.completeExceptionally(failure);
              } else {
                attempt.complete(response.statusCode());
              }
            });
  }

  @Override
  public HealthCheckResponse call() {
    CompletableFuture<Integer> current = document.get();
    if (current == null) {
      return HealthCheckResponse.named("openapi").down().withData("document", "not asked").build();
    }
    if (!current.isDone()) {
      return HealthCheckResponse.named("openapi").down().withData("document", "building").build();
    }
    int status = status(current);
    return HealthCheckResponse.named("openapi")
        .status(status == 200)
        .withData("document", status == 200 ? "built" : "failed: " + status)
        .build();
  }

  /** The HTTP status of a finished attempt; 0 when it failed without one. */
  private static int status(CompletableFuture<Integer> done) {
    return done.isCompletedExceptionally() ? 0 : done.join();
  }
}
