package cn.evpark.ykc.protocol.message;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A code field of a decoded message whose value its table lacks, for counting and logging.
 *
 * <pre>
 * UnknownCode.in(record)  →  [TransactionRecord.transactionType = TransactionType 0x03 (unknown)]
 * </pre>
 *
 * @param field message and component, {@code "TransactionRecord.transactionType"}
 * @param code the value, unknown
 */
public record UnknownCode(String field, Code<?> code) {

  private static final ClassValue<List<Method>> CODE_ACCESSORS =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
          List<Method> accessors = new ArrayList<>();
          RecordComponent[] components = type.getRecordComponents();
          if (components != null) {
            for (RecordComponent component : components) {
              if (component.getType() == Code.class) {
                accessors.add(component.getAccessor());
              }
            }
          }
          return List.copyOf(accessors);
        }
      };

  public UnknownCode {
    Fields.present(field, "field");
    if (code.isKnown()) {
      throw new IllegalArgumentException(field + " is known: " + code);
    }
  }

  /**
   * Every code field of every uplink message, as {@link #field} names them: what {@link #in} can
   * report, for metrics that name each field.
   */
  public static Set<String> fields() {
    Set<String> fields = new TreeSet<>();
    collect(PileMessage.class, fields);
    return Set.copyOf(fields);
  }

  private static void collect(Class<?> type, Set<String> fields) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        collect(permitted, fields);
      }
    } else {
      for (Method accessor : CODE_ACCESSORS.get(type)) {
        fields.add(type.getSimpleName() + "." + accessor.getName());
      }
    }
  }

  /** The unknown codes of {@code message}'s code fields, in component order; usually none. */
  public static List<UnknownCode> in(YkcMessage message) {
    List<Method> accessors = CODE_ACCESSORS.get(message.getClass());
    if (accessors.isEmpty()) {
      return List.of();
    }
    List<UnknownCode> unknown = new ArrayList<>(0);
    for (Method accessor : accessors) {
      Code<?> code = value(accessor, message);
      if (!code.isKnown()) {
        unknown.add(
            new UnknownCode(message.getClass().getSimpleName() + "." + accessor.getName(), code));
      }
    }
    return unknown;
  }

  private static Code<?> value(Method accessor, YkcMessage message) {
    try {
      return (Code<?>) accessor.invoke(message);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("record accessors are public: " + accessor, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("record accessors do not throw: " + accessor, e);
    }
  }

  @Override
  public String toString() {
    return field + " = 0x" + code.hex();
  }
}
