package cn.evpark.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores {@link Money} as a DECIMAL column of yuan (scale 2). */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Money money) {
    return money == null ? null : money.yuan();
  }

  @Override
  public Money convertToEntityAttribute(BigDecimal yuan) {
    return yuan == null ? null : new Money(yuan);
  }
}
