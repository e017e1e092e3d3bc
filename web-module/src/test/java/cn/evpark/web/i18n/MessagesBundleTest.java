package cn.evpark.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesBundleTest {

  @Test
  void chineseAndEnglish_haveTheSameKeys() throws IOException {
    Set<String> chinese = keys("messages_zh.properties");
    Set<String> english = keys("messages_en.properties");

    assertThat(difference(chinese, english)).as("keys missing in English").isEmpty();
    assertThat(difference(english, chinese)).as("keys missing in Chinese").isEmpty();
  }

  @Test
  void everyText_isNonBlank() throws IOException {
    for (String bundle : Set.of("messages_zh.properties", "messages_en.properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank();
      }
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> missing = new TreeSet<>(a);
    missing.removeAll(b);
    return missing;
  }

  private static Set<String> keys(String bundle) throws IOException {
    return new TreeSet<>(load(bundle).stringPropertyNames());
  }

  private static Properties load(String bundle) throws IOException {
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(bundle)) {
      assertThat(in).as(bundle).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
