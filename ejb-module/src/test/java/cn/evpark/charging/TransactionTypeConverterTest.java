package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.TransactionType;
import org.junit.jupiter.api.Test;

class TransactionTypeConverterTest {

  private final TransactionTypeConverter converter = new TransactionTypeConverter();

  @Test
  void knownType_isStoredByName_asRowsWrittenBeforeUnknownTypesWereKept() {
    assertThat(converter.convertToDatabaseColumn(Code.of(TransactionType.OFFLINE_CARD)))
        .isEqualTo("OFFLINE_CARD");
    assertThat(converter.convertToEntityAttribute("CARD")).isEqualTo(Code.of(TransactionType.CARD));
  }

  @Test
  void typeOutsideTheTable_isStoredAsItsRawByte_andReadBack() {
    Code<TransactionType> vendors = Code.of(TransactionType.class, 0x03);

    String column = converter.convertToDatabaseColumn(vendors);

    assertThat(column).isEqualTo("0x03");
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(vendors);
    assertThat(converter.convertToEntityAttribute(column).known()).isEmpty();
  }
}
