package cn.evpark.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores {@link Energy} as a DECIMAL column of kWh (scale 4). */
@Converter(autoApply = true)
public class EnergyConverter implements AttributeConverter<Energy, BigDecimal> {

  @Override
  public BigDecimal convertToDatabaseColumn(Energy energy) {
    return energy == null ? null : energy.kwh();
  }

  @Override
  public Energy convertToEntityAttribute(BigDecimal kwh) {
    return kwh == null ? null : new Energy(kwh);
  }
}
