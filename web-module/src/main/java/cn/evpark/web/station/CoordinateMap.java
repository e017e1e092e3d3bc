package cn.evpark.web.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map of the station form's coordinate picker (经纬度, manual 3.1: a text field with a location
 * icon): where its tiles come from and where the Leaflet library is served.
 *
 * <p>Stations keep WGS-84 coordinates ({@code StationDetails}), so the tiles must be drawn in
 * WGS-84 too: OpenStreetMap (the default) or 天地图 (CGCS2000, within a metre of WGS-84; its URL
 * carries the operator's {@code tk} key). Tiles in GCJ-02 (AMap, Tencent) would shift every picked
 * point by hundreds of metres and are not suitable. Without tiles (no internet) the map is blank
 * but picking still works, and the value is shown before it is taken.
 *
 * <p>Configuration (MicroProfile Config, README "Configuration"): {@code ykc.map.tile-url}, a
 * Leaflet URL template with {@code {z}/{x}/{y}} (and {@code {s}} for subdomains); {@code
 * ykc.map.attribution}, the credit the tile provider requires, shown in the map's corner.
 */
@ApplicationScoped
@Named("coordinateMap")
public class CoordinateMap {

  private static final String LEAFLET_POM =
      "/META-INF/maven/org.webjars.npm/leaflet/pom.properties";

  private final String tileUrl;
  private final String attribution;
  private final String leafletVersion;

  /** For CDI's proxy only. */
  protected CoordinateMap() {
    this.tileUrl = null;
    this.attribution = null;
    this.leafletVersion = null;
  }

  /**
   * @param tileUrl the tile URL template
   * @param attribution the tile provider's credit
   */
  @Inject
  public CoordinateMap(
      @ConfigProperty(
              name = "ykc.map.tile-url",
              defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
          String tileUrl,
      @ConfigProperty(name = "ykc.map.attribution", defaultValue = "© OpenStreetMap")
          String attribution) {
    this.tileUrl = tileUrl;
    this.attribution = attribution;
    this.leafletVersion = leafletVersion();
  }

  /** The tile URL template, e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}. */
  public String getTileUrl() {
    return tileUrl;
  }

  /** The tile provider's credit. */
  public String getAttribution() {
    return attribution;
  }

  /**
   * Where Leaflet's {@code leaflet.js} and {@code leaflet.css} are, relative to the application:
   * {@code webjars/leaflet/<version>/dist}, the version read from the webjar itself so that the pom
   * is the only place that names it.
   */
  public String getLeafletPath() {
    return "webjars/leaflet/" + leafletVersion + "/dist";
  }

  private static String leafletVersion() {
    try (InputStream in = CoordinateMap.class.getResourceAsStream(LEAFLET_POM)) {
      if (in == null) {
        throw new IllegalStateException("the Leaflet webjar is missing (" + LEAFLET_POM + ")");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
