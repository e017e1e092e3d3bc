package cn.evpark.charging;

import cn.evpark.ykc.protocol.TransactionSerial;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TransactionSerial} as its 32 characters. */
@Converter(autoApply = true)
public class TransactionSerialConverter implements AttributeConverter<TransactionSerial, String> {

  @Override
  public String convertToDatabaseColumn(TransactionSerial serial) {
    return serial == null ? null : serial.value();
  }

  @Override
  public TransactionSerial convertToEntityAttribute(String value) {
    return value == null ? null : TransactionSerial.of(value);
  }
}
