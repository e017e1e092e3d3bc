package cn.evpark.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tax platform over HTTP and JSON, at {@code ykc.tax-platform.base-url}, with {@code
 * Authorization: Bearer <ykc.tax-platform.token>}:
 *
 * <pre>
 * POST {base}/invoice-batches
 *   {"batchNo":"IB7","taxAccount":"…","seller":{"name":"…","taxpayerId":"…"},
 *    "invoices":[{"invoiceNo":"IV9","buyerType":"COMPANY","buyerName":"…","buyerTaxNumber":"…",
 *                 "email":"…","amount":"12.30","orderNos":["…"]}]}
 *   → 2xx: taken (also for a batchNo taken before); 4xx {"message":…}: refused; 5xx: try later
 * GET {base}/invoice-batches/{batchNo}
 *   → 200 {"state":"PROCESSING"|"ISSUED"|"FAILED","reason":…,
 *          "invoices":[{"invoiceNo":"IV9","number":"2432…"}]}
 * </pre>
 *
 * Without a base URL nothing is sent: every call is {@link TaxPlatformUnavailableException}, so
 * batches wait until the platform is configured. No database transaction is open during a call
 * ({@link InvoiceDispatch}).
 */
@ApplicationScoped
public class HttpTaxPlatform implements TaxPlatform {

  /** The longest one call takes: connecting 5 s, then the answer 20 s. */
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

  @Inject
  @ConfigProperty(name = "ykc.tax-platform.base-url")
  Optional<String> baseUrl;

  @Inject
  @ConfigProperty(name = "ykc.tax-platform.token")
  Optional<String> token;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public void submit(TaxSubmission batch) {
    HttpResponse<String> answer = send(post("/invoice-batches", json(batch).toString()));
    if (answer.statusCode() >= 500) {
      throw new TaxPlatformUnavailableException(
          "the tax platform answered " + answer.statusCode() + " to " + batch.batchNo(), null);
    }
    if (answer.statusCode() >= 400) {
      throw new TaxPlatformRefusedException(
          answer.statusCode() + " " + field(parse(answer.body()), "message").orElse(answer.body()));
    }
  }

  @Override
  public Outcome outcome(String batchNo) {
    HttpResponse<String> answer =
        send(
            request("/invoice-batches/" + URLEncoder.encode(batchNo, StandardCharsets.UTF_8))
                .GET());
    if (answer.statusCode() != 200) {
      throw new TaxPlatformUnavailableException(
          "the tax platform answered " + answer.statusCode() + " for " + batchNo, null);
    }
    JsonObject body = parse(answer.body());
    Progress progress;
    try {
      progress = Progress.valueOf(field(body, "state").orElse(""));
    } catch (IllegalArgumentException e) {
      throw new TaxPlatformUnavailableException("unknown state for " + batchNo, e);
    }
    Map<String, String> numbers = new HashMap<>();
    if (body.get("invoices") instanceof jakarta.json.JsonArray invoices) {
      for (JsonValue value : invoices) {
        if (value instanceof JsonObject invoice) {
          Optional<String> no = field(invoice, "invoiceNo");
          Optional<String> number = field(invoice, "number");
          if (no.isPresent() && number.isPresent()) {
            numbers.put(no.get(), number.get());
          }
        }
      }
    }
    return new Outcome(progress, numbers, field(body, "reason").orElse(""));
  }

  static JsonObject json(TaxSubmission batch) {
    JsonArrayBuilder invoices = Json.createArrayBuilder();
    for (TaxSubmission.Item item : batch.invoices()) {
      JsonArrayBuilder orders = Json.createArrayBuilder();
      item.orderNos().forEach(orders::add);
      JsonObjectBuilder invoice =
          Json.createObjectBuilder()
              .add("invoiceNo", item.invoiceNo())
              .add("buyerType", item.buyerType())
              .add("buyerName", item.buyerName())
              .add("buyerTaxNumber", item.buyerTaxNumber())
              .add("email", item.email())
              .add("amount", item.amount().toPlainString())
              .add("orderNos", orders);
      invoices.add(invoice);
    }
    return Json.createObjectBuilder()
        .add("batchNo", batch.batchNo())
        .add("taxAccount", batch.taxAccount())
        .add(
            "seller",
            Json.createObjectBuilder()
                .add("name", batch.sellerName())
                .add("taxpayerId", batch.sellerTaxpayerId()))
        .add("invoices", invoices)
        .build();
  }

  private HttpRequest.Builder post(String path, String body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    String base =
        baseUrl
            .filter(b -> !b.isBlank())
            .orElseThrow(
                () ->
                    new TaxPlatformUnavailableException(
                        "ykc.tax-platform.base-url is not configured", null));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path))
            .timeout(ANSWER_TIMEOUT)
            .header("Accept", "application/json");
    token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TaxPlatformUnavailableException("the tax platform did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaxPlatformUnavailableException("interrupted while calling the tax platform", e);
    }
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static Optional<String> field(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }
}
