package cn.evpark.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriverTokensTest {

  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  static DriverTokens tokens(Clock clock) {
    DriverTokens tokens = new DriverTokens();
    tokens.configuredPrivateKey = Optional.empty();
    tokens.configuredPublicKey = Optional.empty();
    tokens.clock = clock;
    tokens.keys();
    return tokens;
  }

  @Test
  void issuedToken_namesTheDriver() {
    DriverTokens tokens = tokens(Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(tokens.verify(tokens.issue(42, "13800000000")))
        .contains(new DriverTokens.DriverClaims(42, "13800000000"));
  }

  @Test
  void tamperedClaims_areRefused() {
    DriverTokens tokens = tokens(Clock.fixed(NOW, ZoneOffset.UTC));
    String[] parts = tokens.issue(42, "13800000000").split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]))
            .replace("\"sub\":\"42\"", "\"sub\":\"43\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
            + "."
            + parts[2];

    assertThat(tokens.verify(forged)).isEmpty();
  }

  @Test
  void tokenOfAnotherKey_orGarbage_isRefused() {
    DriverTokens ours = tokens(Clock.fixed(NOW, ZoneOffset.UTC));
    DriverTokens theirs = tokens(Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(ours.verify(theirs.issue(42, "13800000000"))).isEmpty();
    assertThat(ours.verify("not.a.token")).isEmpty();
    assertThat(ours.verify("")).isEmpty();
  }

  @Test
  void expiredToken_isRefused() {
    DriverTokens then = tokens(Clock.fixed(NOW, ZoneOffset.UTC));
    String token = then.issue(42, "13800000000");
    then.clock =
        Clock.fixed(NOW.plus(DriverTokens.LIFETIME).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);

    assertThat(then.verify(token)).isEmpty();
  }
}
