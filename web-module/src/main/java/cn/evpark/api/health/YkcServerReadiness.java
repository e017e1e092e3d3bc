package cn.evpark.api.health;

import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileServerStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the YKC server accepts pile connections. */
@Readiness
@ApplicationScoped
public class YkcServerReadiness implements HealthCheck {

  @EJB PileLiveStates live;

  @Override
  public HealthCheckResponse call() {
    try {
      PileServerStatus status = live.server();
      return HealthCheckResponse.named("ykc-server")
          .status(status.listening())
          .withData("port", status.port())
          .withData("connections", status.connections())
          .withData("onlinePiles", status.onlinePiles())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("ykc-server").down().withData("error", e.toString()).build();
    }
  }
}
