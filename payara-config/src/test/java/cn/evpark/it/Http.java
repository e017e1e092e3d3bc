package cn.evpark.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls the deployed application's HTTP endpoints as the platform administrator, or as another
 * staff account ({@link #as}), a driver ({@link #asDriver}) or nobody ({@link #anonymous}).
 */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI app;
  private final String authorization;

  /**
   * @param app the application's base URL, as Arquillian gives it
   */
  public Http(URL app) {
    this(
        URI.create(app.toString().endsWith("/") ? app.toString() : app + "/"),
        basic("admin:" + MicroEnvironment.ADMIN_PASSWORD));
  }

  private Http(URI app, String authorization) {
    this.app = app;
    this.authorization = authorization;
  }

  /** The same application, called as another staff account. */
  public Http as(String username, String password) {
    return new Http(app, basic(username + ":" + password));
  }

  /** The same application, called by a driver with the token of the driver API. */
  public Http asDriver(String token) {
    return new Http(app, "Bearer " + token);
  }

  /** The same application, called without credentials. */
  public Http anonymous() {
    return new Http(app, null);
  }

  /** A POST with extra headers (name, value, name, value, …). */
  public HttpResponse<String> post(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = jsonPost(path, json);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request, true);
  }

  public HttpResponse<String> put(String path, String json)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(app.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        true);
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(app.resolve(path)).DELETE(), true);
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A path of the server, outside the application (e.g. {@code /health/ready}). */
  public HttpResponse<String> getServer(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET(), false);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET(), true);
  }

  public HttpResponse<String> getAnonymous(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(app.resolve(path)).GET(), false);
  }

  /** A POST of JSON without credentials, as a client before its login sends it. */
  public HttpResponse<String> postAnonymous(String path, String json)
      throws IOException, InterruptedException {
    return send(jsonPost(path, json), false);
  }

  private HttpRequest.Builder jsonPost(String path, String json) {
    return HttpRequest.newBuilder(app.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(app.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()), true);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, boolean asAdmin)
      throws IOException, InterruptedException {
    if (asAdmin && authorization != null) {
      request.header("Authorization", authorization);
    }
    request.timeout(Duration.ofSeconds(60));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
