package cn.evpark.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * China's administrative divisions (GB/T 2260): provinces, their cities, their districts, each with
 * its 6-digit code. The data is {@code pca-code.json} beside this class, vendored from a maintained
 * package (see {@code pca-code.README.md}), never typed by hand.
 */
@ApplicationScoped
public class AdministrativeDivisions {

  /** One division: its 6-digit code and its name. */
  public record Division(String code, String name) {}

  private final List<Division> provinces = new ArrayList<>();
  private final Map<String, List<Division>> children = new LinkedHashMap<>();
  private final Map<String, Division> byCode = new LinkedHashMap<>();

  /** Reads the vendored data. */
  public AdministrativeDivisions() {
    try (InputStream in = AdministrativeDivisions.class.getResourceAsStream("pca-code.json");
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue p : reader.readArray()) {
        Division province = add(provinces, (JsonObject) p);
        List<Division> cities = new ArrayList<>();
        children.put(province.code(), cities);
        for (JsonValue c : ((JsonObject) p).getJsonArray("children")) {
          Division city = add(cities, (JsonObject) c);
          List<Division> districts = new ArrayList<>();
          children.put(city.code(), districts);
          JsonArray areas = ((JsonObject) c).getJsonArray("children");
          for (JsonValue d : areas == null ? JsonValue.EMPTY_JSON_ARRAY : areas) {
            add(districts, (JsonObject) d);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the administrative divisions cannot be read", e);
    }
  }

  private Division add(List<Division> list, JsonObject json) {
    String code = (json.getString("code") + "000000").substring(0, 6);
    Division division = new Division(code, json.getString("name"));
    list.add(division);
    byCode.put(code, division);
    return division;
  }

  public List<Division> provinces() {
    return List.copyOf(provinces);
  }

  /** The cities of a province, or the districts of a city; empty for an unknown code. */
  public List<Division> within(String code) {
    return code == null ? List.of() : List.copyOf(children.getOrDefault(code, List.of()));
  }

  public Optional<Division> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Whether the district lies in the city and the city in the province. */
  public boolean isValid(String provinceCode, String cityCode, String districtCode) {
    return within(provinceCode).stream().anyMatch(c -> c.code().equals(cityCode))
        && within(cityCode).stream().anyMatch(d -> d.code().equals(districtCode));
  }

  /**
   * The names as an address begins, e.g. 上海市黄浦区: the city is left out where it is only the
   * province's 市辖区 (the municipalities).
   */
  public String describe(String provinceCode, String cityCode, String districtCode) {
    StringBuilder text = new StringBuilder();
    find(provinceCode).ifPresent(p -> text.append(p.name()));
    find(cityCode)
        .filter(c -> !c.name().equals("市辖区") && !c.name().equals("县"))
        .ifPresent(c -> text.append(c.name()));
    find(districtCode).ifPresent(d -> text.append(d.name()));
    return text.toString();
  }
}
