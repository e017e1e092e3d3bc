package cn.evpark.charging;

import cn.evpark.ykc.protocol.message.StopReason;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link StopReason} as its raw code, known or not (ykc-protocol.md §10.2). */
@Converter(autoApply = true)
public class StopReasonConverter implements AttributeConverter<StopReason, Integer> {

  @Override
  public Integer convertToDatabaseColumn(StopReason reason) {
    return reason == null ? null : reason.code();
  }

  @Override
  public StopReason convertToEntityAttribute(Integer code) {
    return code == null ? null : new StopReason(code);
  }
}
