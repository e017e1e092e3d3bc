package cn.evpark.startup;

import cn.evpark.operator.StaffAccountService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes an empty database usable: creates the platform administrator from configuration and, when
 * {@code ykc.demo} is on, the demo operator with its station and piles.
 *
 * <p>When no administrator password is configured, a random one is generated and written to the
 * server log once, so a fresh installation never has a known default password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @EJB StaffAccountService staff;
  @EJB DemoData demo;

  @Inject
  @ConfigProperty(name = "ykc.admin.username", defaultValue = "admin")
  String adminUsername;

  @Inject
  @ConfigProperty(name = "ykc.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "ykc.demo", defaultValue = "false")
  boolean demoEnabled;

  @PostConstruct
  void prepare() {
    if (staff.count() == 0) {
      String password = adminPassword.filter(p -> !p.isBlank()).orElseGet(FirstStart::random);
      staff.createPlatformAdminIfAbsent(adminUsername, password.toCharArray());
      if (adminPassword.isPresent()) {
        LOG.info(() -> "Created the platform administrator '" + adminUsername + "'");
      } else {
        LOG.warning(
            () ->
                "Created the platform administrator '"
                    + adminUsername
                    + "' with the generated password "
                    + password
                    + " (set ykc.admin.password to choose one)");
      }
    }
    if (demoEnabled) {
      demo.createIfAbsent();
    }
  }

  private static String random() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
