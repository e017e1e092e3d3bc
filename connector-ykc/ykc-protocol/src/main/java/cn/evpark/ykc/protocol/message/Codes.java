package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;

/** Looks up code-table constants by wire value. */
final class Codes {

  private static final ClassValue<Object[]> BY_CODE =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          Object[] table = new Object[256];
          for (Object constant : type.getEnumConstants()) {
            table[((Coded) constant).code()] = constant;
          }
          return table;
        }
      };

  private Codes() {}

  /**
   * The constant of {@code type} for {@code code}.
   *
   * @throws YkcDecodeException {@code FIELD_OUT_OF_RANGE} if the table lacks it
   */
  static <E extends Enum<E> & Coded> E of(Class<E> type, int code) {
    E constant = find(type, code);
    if (constant == null) {
      throw new YkcDecodeException(
          Reason.FIELD_OUT_OF_RANGE,
          String.format("%s has no code 0x%02X", type.getSimpleName(), code));
    }
    return constant;
  }

  /** The constant of {@code type} for {@code code}, {@code null} if the table lacks it. */
  static <E extends Enum<E> & Coded> E find(Class<E> type, int code) {
    return type.cast(BY_CODE.get(type)[code & 0xFF]);
  }
}
