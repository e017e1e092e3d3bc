package cn.evpark.ykc.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.ykc.server.YkcServerConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterSettingsTest {

  @Test
  void systemProperty_winsOverEnvironment_whichWinsOverTheAdapterProperty() {
    AdapterSettings both =
        new AdapterSettings(
            key -> key.equals("ykc.tcp.port") ? "9001" : null, Map.of("YKC_TCP_PORT", "9002"));
    AdapterSettings environmentOnly =
        new AdapterSettings(key -> null, Map.of("YKC_TCP_PORT", "9002"));
    AdapterSettings none = new AdapterSettings(key -> null, Map.of());

    assertThat(both.intValue("ykc.tcp.port", 8767)).isEqualTo(9001);
    assertThat(environmentOnly.intValue("ykc.tcp.port", 8767)).isEqualTo(9002);
    assertThat(none.intValue("ykc.tcp.port", 8767)).isEqualTo(8767);
  }

  @Test
  void environmentName_followsMicroProfileConfigsMapping() {
    AdapterSettings settings =
        new AdapterSettings(key -> null, Map.of("YKC_IDLE_TIMEOUT_SECONDS", "40"));

    assertThat(settings.intValue("ykc.idle-timeout-seconds", 35)).isEqualTo(40);
  }

  @Test
  void notANumber_isRefusedWithTheKeyNamed() {
    AdapterSettings settings = new AdapterSettings(key -> "eighty", Map.of());

    assertThatThrownBy(() -> settings.intValue("ykc.tcp.port", 8767))
        .hasMessageContaining("ykc.tcp.port");
  }

  @Test
  void resourceAdapterDefaults_makeTheDocumentedServer() {
    YkcServerConfig config =
        new YkcResourceAdapter().config(new AdapterSettings(key -> null, Map.of()));

    assertThat(config.port()).isEqualTo(8767);
    assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(35));
    assertThat(config.loginTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.timeSyncInterval()).isEqualTo(Duration.ofHours(8));
  }
}
