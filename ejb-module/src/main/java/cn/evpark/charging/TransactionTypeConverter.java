package cn.evpark.charging;

import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.TransactionType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a record's transaction type as {@link Code#name()}: the constant's name ({@code APP}, as
 * before unknown types were kept) or, for a type the spec's table lacks, its raw byte ({@code
 * 0x03}). Vendors send such types; the record is stored and settled all the same (money.md §4.8).
 * Named on the attribute, not auto-applied: {@code Code} is generic and other tables may follow.
 */
@Converter
public class TransactionTypeConverter implements AttributeConverter<Code<TransactionType>, String> {

  @Override
  public String convertToDatabaseColumn(Code<TransactionType> type) {
    return type == null ? null : type.name();
  }

  @Override
  public Code<TransactionType> convertToEntityAttribute(String name) {
    return name == null ? null : Code.ofName(TransactionType.class, name);
  }
}
