package cn.evpark.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tax platform's HTTP contract, against a local stub server. */
class HttpTaxPlatformTest {

  static final TaxSubmission BATCH =
      new TaxSubmission(
          "IB7",
          "lianyi-tax-01",
          "上海联谊充电有限公司",
          "91350100M000100Y43",
          List.of(
              new TaxSubmission.Item(
                  "IV9",
                  "COMPANY",
                  "上海某某科技有限公司",
                  "91310115MA1K4ABC05",
                  "driver@example.com",
                  new BigDecimal("20.00"),
                  List.of("202611290000900001", "202611290000900002"))));

  HttpServer server;
  final AtomicReference<String> received = new AtomicReference<>();
  final AtomicReference<String> authorization = new AtomicReference<>();
  volatile int status = 202;
  volatile String answer = "{}";

  HttpTaxPlatform platform;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/invoice-batches",
        exchange -> {
          received.set(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    platform = new HttpTaxPlatform();
    platform.baseUrl = Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    platform.token = Optional.of("secret-token");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void submit_postsTheBatchAsJson_withTheToken() {
    platform.submit(BATCH);

    assertThat(received.get())
        .startsWith("POST /v1/invoice-batches {")
        .contains(
            "\"batchNo\":\"IB7\"",
            "\"taxAccount\":\"lianyi-tax-01\"",
            "\"taxpayerId\":\"91350100M000100Y43\"",
            "\"invoiceNo\":\"IV9\"",
            "\"amount\":\"20.00\"",
            "\"orderNos\":[\"202611290000900001\",\"202611290000900002\"]");
    assertThat(authorization.get()).isEqualTo("Bearer secret-token");
  }

  @Test
  void submit_refusedWith4xx_isFinal_5xxIsForLater() {
    status = 422;
    answer = "{\"message\":\"seller unknown\"}";
    assertThatThrownBy(() -> platform.submit(BATCH))
        .isInstanceOf(TaxPlatformRefusedException.class)
        .hasMessage("422 seller unknown");

    status = 503;
    assertThatThrownBy(() -> platform.submit(BATCH))
        .isInstanceOf(TaxPlatformUnavailableException.class);
  }

  @Test
  void outcome_issued_givesEachInvoicesNumber() {
    status = 200;
    answer =
        "{\"state\":\"ISSUED\",\"invoices\":[{\"invoiceNo\":\"IV9\",\"number\":\"24310000000000000009\"}]}";

    TaxPlatform.Outcome outcome = platform.outcome("IB7");

    assertThat(received.get()).startsWith("GET /v1/invoice-batches/IB7");
    assertThat(outcome.progress()).isEqualTo(TaxPlatform.Progress.ISSUED);
    assertThat(outcome.numbers()).containsEntry("IV9", "24310000000000000009");
  }

  @Test
  void outcome_failed_givesTheReason_unknownStateIsForLater() {
    status = 200;
    answer = "{\"state\":\"FAILED\",\"reason\":\"tax account locked\"}";
    assertThat(platform.outcome("IB7").reason()).isEqualTo("tax account locked");

    answer = "{\"state\":\"MAYBE\"}";
    assertThatThrownBy(() -> platform.outcome("IB7"))
        .isInstanceOf(TaxPlatformUnavailableException.class);
  }

  @Test
  void noBaseUrl_sendsNothing_andTheBatchWaits() {
    platform.baseUrl = Optional.empty();

    assertThatThrownBy(() -> platform.submit(BATCH))
        .isInstanceOf(TaxPlatformUnavailableException.class)
        .hasMessageContaining("ykc.tax-platform.base-url");
    assertThat(received.get()).isNull();
  }
}
