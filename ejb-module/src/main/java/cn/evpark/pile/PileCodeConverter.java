package cn.evpark.pile;

import cn.evpark.ykc.protocol.PileCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PileCode} as its 14 digits. */
@Converter(autoApply = true)
public class PileCodeConverter implements AttributeConverter<PileCode, String> {

  @Override
  public String convertToDatabaseColumn(PileCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public PileCode convertToEntityAttribute(String digits) {
    return digits == null ? null : new PileCode(digits);
  }
}
