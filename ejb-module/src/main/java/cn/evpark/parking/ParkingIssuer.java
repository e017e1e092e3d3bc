package cn.evpark.parking;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends what is due in the {@link ParkingOutbox} (reductions, {@code parking.md §4}; bay lock
 * requests, §2) to the stations' parking systems over HTTP: a {@code POST} of the entry's JSON to
 * its endpoint at the station's {@link ParkingSystem}, signed as the station's devices sign theirs
 * ({@link ParkingSignature}: {@code X-Parking-Key}, {@code X-Parking-Timestamp}, {@code
 * X-Parking-Signature}), so the parking system checks it with the same key. A 2xx answer means
 * taken; anything else, or no answer within {@link #TIMEOUT}, is a failed attempt, tried again
 * after a doubling wait ({@link Delivery}).
 *
 * <p>No transaction is held over the network: the claim, the call and its record are three steps
 * ({@link ParkingOutbox}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ParkingIssuer {

  private static final Logger LOG = Logger.getLogger(ParkingIssuer.class.getName());

  /** The longest a parking system may take to answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Entries of each kind one round sends at most. */
  static final int ROUND_LIMIT = 100;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @EJB ParkingOutbox outbox;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Sends every entry due now, one at a time.
   *
   * @return how many the parking systems took
   */
  public int issueDue() {
    int sent = 0;
    for (ParkingOutbox.Entry entry : outbox.due(ROUND_LIMIT)) {
      Optional<ParkingOutbox.Attempt> attempt = outbox.claim(entry);
      if (attempt.isPresent()) {
        Optional<String> error = send(attempt.get());
        outbox.record(entry, error);
        if (error.isEmpty()) {
          sent++;
        } else {
          LOG.info(() -> entry + " not taken: " + error.get());
        }
      }
    }
    return sent;
  }

  /** One attempt: empty when taken, else what went wrong. */
  private Optional<String> send(ParkingOutbox.Attempt attempt) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(attempt.url()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("X-Parking-Key", attempt.keyId())
              .header("X-Parking-Timestamp", timestamp)
              .header(
                  "X-Parking-Signature",
                  ParkingSignature.sign(attempt.secret(), timestamp, attempt.body()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()))
              .build();
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 == 2) {
        return Optional.empty();
      }
      String body = answer.body() == null ? "" : answer.body().strip();
      return Optional.of(
          "HTTP " + answer.statusCode() + (body.isEmpty() ? "" : ": " + abbreviated(body)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
