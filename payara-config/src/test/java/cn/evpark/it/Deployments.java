package cn.evpark.it;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the in-container tests deploy: the WAR the Micro assembly ships, as built. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive evparkWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class,
        Path.of(System.getProperty("evpark.micro.dir"), "deploy", "evpark.war").toFile());
  }
}
