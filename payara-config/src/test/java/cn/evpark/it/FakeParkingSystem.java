package cn.evpark.it;

import cn.evpark.parking.ParkingSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A car park's parking system over real HTTP, as the platform sends to it ({@code parking.md §1,
 * §2, §4}): reductions at {@code /reductions}, bay lock requests at {@code /bay-locks}; it checks
 * each call's signature with the station's secret, keeps what it was sent, and answers with the
 * status it is told to (503 while "down").
 */
public final class FakeParkingSystem implements AutoCloseable {

  /** A call as received: its endpoint, body, and whether its signature held. */
  public record Call(String endpoint, String body, boolean signed) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(503);

  /** Starts on a free local port, answering {@code status} until told otherwise. */
  public FakeParkingSystem(String secret, int status) throws IOException {
    this.status.set(status);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (String endpoint : List.of("/reductions", "/bay-locks")) {
      server.createContext(
          endpoint,
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean signed;
            try {
              ParkingSignature.verify(
                  secret,
                  exchange.getRequestHeaders().getFirst("X-Parking-Timestamp"),
                  exchange.getRequestHeaders().getFirst("X-Parking-Signature"),
                  body,
                  Instant.now());
              signed = true;
            } catch (RuntimeException e) {
              signed = false;
            }
            calls.add(new Call(endpoint, new String(body, StandardCharsets.UTF_8), signed));
            byte[] answer =
                (this.status.get() / 100 == 2 ? "{\"ok\":true}" : "{\"error\":\"down for upkeep\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(this.status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
    }
    server.start();
  }

  /** The parking system's address, as staff enter it. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code status} from now on. */
  public void answer(int status) {
    this.status.set(status);
  }

  /** The calls to {@code endpoint} ({@code /reductions} or {@code /bay-locks}), in order. */
  public List<Call> calls(String endpoint) {
    return calls.stream().filter(c -> c.endpoint().equals(endpoint)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
