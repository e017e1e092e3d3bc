package cn.evpark.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a request body the JSON-B provider (Yasson, through Jersey) could not
 * read: broken JSON, a value of the wrong kind (a string for a number), or a name an enum does not
 * have. Each answer names the field as a property path like Bean Validation's ({@code latitude},
 * {@code tiers[2].price}; empty for the body as a whole), says what was wrong, and for an enum
 * lists the values it allows.
 *
 * <p>Yasson 3 says which property failed for a value of the wrong kind ("Unable to deserialize
 * property 'latitude' because of: ...") but not for an unknown enum name ("Internal error: No enum
 * constant ...") nor for a null where a primitive is expected; those are found by walking the body
 * along the target type. Broken JSON is located by parsing the body again.
 */
public final class MalformedBody {

  private static final Pattern PROPERTY =
      Pattern.compile("^Unable to deserialize property '([^']*)' because of");
  private static final Pattern TYPE = Pattern.compile("type: (?:class )?([\\w$]+(?:\\.[\\w$]+)*)");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("^No enum constant ([\\w.$]+)$");

  private MalformedBody() {}

  /**
   * Whether a failure to read a body comes from the JSON-B or JSON-P provider: {@link
   * JsonbException} or {@link JsonException} anywhere in its causes.
   */
  public static boolean isJsonFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is wrong with a body, one violation (a body fails at its first problem).
   *
   * @param failure what the provider threw, possibly wrapped (Jersey's {@code ProcessingException})
   * @param target the type the body was read as; null when unknown
   * @param body the body's bytes (UTF-8); null when unknown
   */
  public static List<Problem.Violation> explain(Throwable failure, Type target, byte[] body) {
    if (body != null) {
      Optional<Problem.Violation> broken = syntaxError(body);
      if (broken.isPresent()) {
        return List.of(broken.get());
      }
    } else {
      Optional<JsonParsingException> parsing = find(failure, JsonParsingException.class);
      if (parsing.isPresent()) {
        return List.of(
            new Problem.Violation("", "is not valid JSON" + at(parsing.get().getLocation())));
      }
    }
    Optional<Class<?>> badEnum = enumOf(failure, target);
    if (badEnum.isPresent()) {
      Class<?> type = badEnum.get();
      String field =
          walk(target, body, (t, v) -> t == type && !(v instanceof JsonString s && named(t, s)))
              .orElse(propertyPath(failure));
      return List.of(
          new Problem.Violation(
              field,
              "must be one of " + String.join(", ", constants(type)),
              null,
              constants(type)));
    }
    String path = propertyPath(failure);
    if (!path.isEmpty()) {
      return List.of(new Problem.Violation(path, "must be " + kind(expectedType(failure))));
    }
    Optional<String> nullPrimitive =
        walk(target, body, (t, v) -> t.isPrimitive() && v == JsonValue.NULL);
    if (nullPrimitive.isPresent()) {
      return List.of(new Problem.Violation(nullPrimitive.get(), "must not be null"));
    }
    return List.of(new Problem.Violation("", "is not the JSON object expected"));
  }

  /** The property path Yasson reports ("Unable to deserialize property 'x'" at each level). */
  private static String propertyPath(Throwable failure) {
    StringBuilder path = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
      if (property != null && property.find()) {
        path.append(path.length() == 0 ? "" : ".").append(property.group(1));
      }
    }
    return path.toString();
  }

  /** The Java type Yasson could not read a value into, from its innermost message. */
  private static String expectedType(Throwable failure) {
    String type = "";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher named = t.getMessage() == null ? null : TYPE.matcher(t.getMessage());
      if (named != null && named.find()) {
        type = named.group(1);
      }
    }
    return type;
  }

  private static String kind(String javaType) {
    return switch (javaType) {
      case "java.math.BigDecimal",
          "java.math.BigInteger",
          "long",
          "int",
          "short",
          "byte",
          "double",
          "float",
          "java.lang.Long",
          "java.lang.Integer",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Double",
          "java.lang.Float" ->
          "a number";
      case "boolean", "java.lang.Boolean" -> "true or false";
      case "java.lang.String" -> "a string";
      case "" -> "a value of another kind";
      default -> "a value of type " + javaType.substring(javaType.lastIndexOf('.') + 1);
    };
  }

  /** The enum whose valueOf failed ("No enum constant a.b.Kind.NAME"), when that is the failure. */
  private static Optional<Class<?>> enumOf(Throwable failure, Type target) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException && t.getMessage() != null) {
        Matcher constant = ENUM_CONSTANT.matcher(t.getMessage());
        if (constant.find()) {
          String name = constant.group(1);
          return load(name.substring(0, name.lastIndexOf('.')), target);
        }
      }
    }
    return Optional.empty();
  }

  /** A class by its canonical name: nested classes are tried with '$' from the right. */
  private static Optional<Class<?>> load(String canonicalName, Type target) {
    ClassLoader loader =
        target instanceof Class<?> c && c.getClassLoader() != null
            ? c.getClassLoader()
            : Thread.currentThread().getContextClassLoader();
    String name = canonicalName;
    while (true) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        return type.isEnum() ? Optional.of(type) : Optional.empty();
      } catch (ClassNotFoundException e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
          return Optional.empty();
        }
        name = name.substring(0, dot) + '$' + name.substring(dot + 1);
      }
    }
  }

  private static List<String> constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  private static boolean named(Class<?> enumType, JsonString value) {
    return constants(enumType).contains(value.getString());
  }

  /** Tells whether a value of the body does not fit its declared type. */
  private interface Misfit {
    boolean test(Class<?> declared, JsonValue value);
  }

  /** The path of the first value of the body (read as {@code target}) that is a misfit. */
  private static Optional<String> walk(Type target, byte[] body, Misfit misfit) {
    if (target == null || body == null) {
      return Optional.empty();
    }
    JsonValue root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      root = reader.readValue();
    } catch (JsonException e) {
      return Optional.empty();
    }
    return walk(target, root, "", misfit);
  }

  private static Optional<String> walk(Type type, JsonValue value, String path, Misfit misfit) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return Optional.empty();
    }
    if (misfit.test(raw, value)) {
      return Optional.of(path);
    }
    if (raw.isRecord() && value instanceof JsonObject object) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (object.containsKey(component.getName())) {
          Optional<String> found =
              walk(
                  component.getGenericType(),
                  object.get(component.getName()),
                  (path.isEmpty() ? "" : path + ".") + component.getName(),
                  misfit);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    } else if (value instanceof JsonArray array) {
      Type element =
          raw.isArray()
              ? raw.getComponentType()
              : Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
                  ? p.getActualTypeArguments()[0]
                  : null;
      for (int i = 0; element != null && i < array.size(); i++) {
        Optional<String> found = walk(element, array.get(i), path + "[" + i + "]", misfit);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }

  /**
   * Where the body stops being JSON, if it does: the property whose value is broken, or the object
   * or array being read when the break is between values.
   */
  private static Optional<Problem.Violation> syntaxError(byte[] body) {
    Deque<String> path = new ArrayDeque<>();
    Deque<int[]> arrays = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case KEY_NAME -> key = parser.getString();
          case START_OBJECT, START_ARRAY -> {
            path.push(member(key, arrays, path));
            key = null;
            if (event == JsonParser.Event.START_ARRAY) {
              arrays.push(new int[] {-1, path.size()});
            }
          }
          case END_OBJECT, END_ARRAY -> {
            if (event == JsonParser.Event.END_ARRAY) {
              arrays.pop();
            }
            path.pop();
          }
          default -> {
            member(key, arrays, path);
            key = null;
          }
        }
      }
      return Optional.empty();
    } catch (JsonParsingException e) {
      String where = key != null ? join(path, key) : path.isEmpty() ? "" : path.peek();
      return Optional.of(new Problem.Violation(where, "is not valid JSON" + at(e.getLocation())));
    } catch (JsonException e) {
      return Optional.of(new Problem.Violation("", "is not valid JSON"));
    }
  }

  /** The path of a value starting now: the key's in an object, the next index's in an array. */
  private static String member(String key, Deque<int[]> arrays, Deque<String> path) {
    if (key != null) {
      return join(path, key);
    }
    if (!arrays.isEmpty() && arrays.peek()[1] == path.size()) {
      arrays.peek()[0]++;
      return path.peek() + "[" + arrays.peek()[0] + "]";
    }
    return path.isEmpty() ? "" : path.peek();
  }

  private static String join(Deque<String> path, String key) {
    return path.isEmpty() || path.peek().isEmpty() ? key : path.peek() + "." + key;
  }

  private static String at(JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }

  private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
