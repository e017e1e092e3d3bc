package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link BillingModelNumber} as its 4 digits. */
@Converter(autoApply = true)
public class BillingModelNumberConverter implements AttributeConverter<BillingModelNumber, String> {

  @Override
  public String convertToDatabaseColumn(BillingModelNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public BillingModelNumber convertToEntityAttribute(String digits) {
    return digits == null ? null : BillingModelNumber.of(digits);
  }
}
