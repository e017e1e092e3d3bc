package cn.evpark.ykc.protocol.message;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A code field of a decoded message whose value its table lacks, for counting and logging.
 *
 * <pre>
 * UnknownCode.in(record)  →  [TransactionRecord.transactionType = 0x03]
 * UnknownCode.in(reply)   →  [OfflineCardClearReply.cards.clearedFlag = 0x02]
 * UnknownCode.in(record17) →  [TransactionRecordV17.bill.transactionType = 0x03]
 * </pre>
 *
 * <p>A code field is a {@link Code} component, or the 0x3B stop reason, an open record of its own
 * whose unlisted codes ({@link StopReason#isListed()}) count here too.
 *
 * @param field message and component, and the item's component for a list of items: {@code
 *     "TransactionRecord.transactionType"}
 * @param raw the byte as sent, 0..255
 */
public record UnknownCode(String field, int raw) {

  /** A record's code components and its lists of records, by record class. */
  private static final ClassValue<Components> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
          List<Method> codes = new ArrayList<>();
          List<Method> lists = new ArrayList<>();
          List<Method> nested = new ArrayList<>();
          RecordComponent[] components = type.getRecordComponents();
          if (components != null) {
            for (RecordComponent component : components) {
              if (isCode(component)) {
                codes.add(component.getAccessor());
              } else if (itemType(component) != null) {
                lists.add(component.getAccessor());
              } else if (hasCodes(component.getType())) {
                nested.add(component.getAccessor());
              }
            }
          }
          return new Components(List.copyOf(codes), List.copyOf(lists), List.copyOf(nested));
        }
      };

  /** Code components, lists of records, and records holding codes (0x3D's {@code bill}). */
  private record Components(List<Method> codes, List<Method> lists, List<Method> nested) {}

  public UnknownCode {
    Fields.present(field, "field");
    Fields.u8(raw, "raw");
  }

  /**
   * Every code field of every uplink message, as {@link #field} names them: what {@link #in} can
   * report, for metrics that name each field.
   */
  public static Set<String> fields() {
    Set<String> fields = new TreeSet<>();
    messages(PileMessage.class, fields);
    return Set.copyOf(fields);
  }

  private static void messages(Class<?> type, Set<String> fields) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        messages(permitted, fields);
      }
    } else {
      fields(type, type.getSimpleName(), fields);
    }
  }

  private static void fields(Class<?> type, String prefix, Set<String> fields) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (isCode(component)) {
        fields.add(prefix + "." + component.getName());
      } else if (itemType(component) != null) {
        fields(itemType(component), prefix + "." + component.getName(), fields);
      } else if (hasCodes(component.getType())) {
        fields(component.getType(), prefix + "." + component.getName(), fields);
      }
    }
  }

  /** Whether {@code type} is a message record with a code component, however deep. */
  private static boolean hasCodes(Class<?> type) {
    if (!type.isRecord() || !YkcMessage.class.isAssignableFrom(type)) {
      return false;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (isCode(component) || itemType(component) != null || hasCodes(component.getType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCode(RecordComponent component) {
    return component.getType() == Code.class || component.getType() == StopReason.class;
  }

  /** The record type of a {@code List<R>} component, or null. */
  private static Class<?> itemType(RecordComponent component) {
    if (component.getType() == List.class
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> item
        && item.isRecord()) {
      return item;
    }
    return null;
  }

  /** The unknown codes of {@code message}'s code fields, in component order; usually none. */
  public static List<UnknownCode> in(YkcMessage message) {
    List<UnknownCode> unknown = new ArrayList<>(0);
    collect(message, message.getClass().getSimpleName(), unknown);
    return unknown;
  }

  private static void collect(Object value, String prefix, List<UnknownCode> unknown) {
    Components components = COMPONENTS.get(value.getClass());
    for (Method accessor : components.codes()) {
      Object code = get(accessor, value);
      if (code instanceof Code<?> c && !c.isKnown()) {
        unknown.add(new UnknownCode(prefix + "." + accessor.getName(), c.raw()));
      } else if (code instanceof StopReason reason && !reason.isListed()) {
        unknown.add(new UnknownCode(prefix + "." + accessor.getName(), reason.code()));
      }
    }
    for (Method accessor : components.lists()) {
      for (Object item : (List<?>) get(accessor, value)) {
        collect(item, prefix + "." + accessor.getName(), unknown);
      }
    }
    for (Method accessor : components.nested()) {
      collect(get(accessor, value), prefix + "." + accessor.getName(), unknown);
    }
  }

  private static Object get(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("record accessors are public: " + accessor, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("record accessors do not throw: " + accessor, e);
    }
  }

  @Override
  public String toString() {
    return String.format("%s = 0x%02X", field, raw);
  }
}
