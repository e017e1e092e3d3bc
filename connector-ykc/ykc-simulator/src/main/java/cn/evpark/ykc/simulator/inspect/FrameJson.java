package cn.evpark.ykc.simulator.inspect;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.CrcOrder;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.ParallelSessionNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BmsMessage;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Coded;
import cn.evpark.ykc.protocol.message.Flag;
import cn.evpark.ykc.protocol.message.RawMessage;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.YkcMessage;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Frames as JSON objects and back, for the frame inspector.
 *
 * <pre>
 * {"type":"0x02","name":"LoginReply","nameZh":"登录认证应答","seq":"0000","crcOrder":"LE",
 *  "fields":{"pileCode":"55031412782305","accepted":true}}
 * </pre>
 *
 * <p>{@code fields} holds the message record's components in real units: prices, energy and money
 * as decimal numbers at their wire scale, times as {@code yyyy-MM-dd HH:mm:ss.SSS} local time,
 * codes by name, flags ({@code pluggedFlag}) as booleans, and a code or flag a pile sent outside
 * the spec's table with its raw byte, {@code "transactionType":{"unknown":"03"}}: any well-framed
 * frame decodes, whatever its values. Read-only extras help reading but are ignored by {@link
 * #fromJson}: the decoded fields of BMS frames under {@code "decoded"} and the named hardware
 * faults of real-time data. Parsing an object this class wrote gives the same frame back, so {@code
 * encode} of a {@code decode}d frame reproduces its bytes.
 */
public final class FrameJson {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
  private static final String DECODED = "decoded";
  private static final String HARDWARE_FAULTS = "hardwareFaults";

  private static final Map<FrameType, Class<? extends YkcMessage>> CLASSES = messageClasses();

  private final ObjectMapper mapper;

  public FrameJson() {
    SimpleModule module = new SimpleModule("ykc");
    text(module, PileCode.class, PileCode::value, PileCode::new);
    text(module, TransactionSerial.class, TransactionSerial::value, TransactionSerial::new);
    text(module, PhysicalCardNumber.class, PhysicalCardNumber::hex, PhysicalCardNumber::new);
    text(module, LogicalCardNumber.class, LogicalCardNumber::value, LogicalCardNumber::new);
    text(module, BillingModelNumber.class, BillingModelNumber::value, BillingModelNumber::new);
    text(
        module,
        ParallelSessionNumber.class,
        ParallelSessionNumber::value,
        ParallelSessionNumber::new);
    text(module, Bytes.class, Bytes::hex, Bytes::parseHex);
    module.addSerializer(Cp56Time2a.class, new TimeSerializer());
    module.addDeserializer(Cp56Time2a.class, new TimeDeserializer());
    module.addSerializer(StopReason.class, new StopReasonSerializer());
    module.addSerializer(Code.class, new CodeSerializer());
    module.addDeserializer(Code.class, new CodeDeserializer(null));
    module.addDeserializer(StopReason.class, new StopReasonDeserializer());
    this.mapper =
        JsonMapper.builder()
            .addModule(module)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Amounts keep their wire scale: 2.00000 yuan/kWh, not 2.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /** The frame as a JSON object. */
  public ObjectNode toJson(YkcFrame frame) {
    YkcMessage message = frame.message();
    ObjectNode json = mapper.createObjectNode();
    json.put("type", String.format("0x%02X", message.typeCode()));
    json.put("name", message.getClass().getSimpleName());
    json.put("nameZh", message.type().chineseName());
    json.put("seq", frame.seq().toString());
    json.put("crcOrder", frame.crcOrder().name());
    ObjectNode fields = mapper.valueToTree(message);
    if (message instanceof BmsMessage bms) {
      fields.set(DECODED, decodedFields(bms));
    }
    if (message instanceof RealTimeData data) {
      fields.set(HARDWARE_FAULTS, mapper.valueToTree(data.hardwareFaults()));
    }
    json.set("fields", fields);
    return json;
  }

  /** The frame as one line of JSON. */
  public String toJsonLine(YkcFrame frame) {
    try {
      return mapper.writeValueAsString(toJson(frame));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a frame always serialises", e);
    }
  }

  /**
   * The frame an object of {@link #toJson} describes.
   *
   * @throws IllegalArgumentException if the JSON does not describe a valid frame
   */
  public YkcFrame fromJson(String json) {
    try {
      JsonNode node = mapper.readTree(json);
      int code = Integer.decode(required(node, "type").asText());
      Sequence seq = Sequence.parse(node.path("seq").asText("0000"));
      CrcOrder order = CrcOrder.valueOf(node.path("crcOrder").asText("LE"));
      JsonNode fields = required(node, "fields");
      if (fields instanceof ObjectNode object) {
        object.remove(DECODED);
        object.remove(HARDWARE_FAULTS);
      }
      YkcMessage message =
          FrameType.ofCode(code)
              .<YkcMessage>map(type -> convert(fields, CLASSES.get(type)))
              .orElseGet(() -> convert(fields, RawMessage.class));
      return new YkcFrame(seq, order, message);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(rootMessage(e), e);
    }
  }

  private <T> T convert(JsonNode fields, Class<T> type) {
    try {
      return mapper.treeToValue(fields, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(rootMessage(e), e);
    }
  }

  private static JsonNode required(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + name + "\"");
    }
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }

  /** BMS fields decoded by the record's accessors: every public no-argument method of its own. */
  private ObjectNode decodedFields(BmsMessage bms) {
    Set<String> components =
        Arrays.stream(bms.getClass().getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    ObjectNode decoded = mapper.createObjectNode();
    for (Method method : bms.getClass().getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && !components.contains(method.getName())
          && !Set.of("type", "toString", "hashCode").contains(method.getName())
          && method.getReturnType() != void.class) {
        try {
          decoded.set(method.getName(), mapper.valueToTree(method.invoke(bms)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(method.toString(), e);
        }
      }
    }
    return decoded;
  }

  /**
   * Frame type → record class, by the naming rule the records follow (LOGIN_REPLY → LoginReply).
   */
  private static Map<FrameType, Class<? extends YkcMessage>> messageClasses() {
    Map<FrameType, Class<? extends YkcMessage>> classes = new EnumMap<>(FrameType.class);
    for (FrameType type : FrameType.values()) {
      if (type == FrameType.UNKNOWN) {
        continue;
      }
      String simpleName =
          Arrays.stream(type.name().split("_"))
              .map(part -> part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT))
              .collect(Collectors.joining());
      try {
        classes.put(
            type,
            Class.forName(YkcMessage.class.getPackageName() + "." + simpleName)
                .asSubclass(YkcMessage.class));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no record for " + type, e);
      }
    }
    return classes;
  }

  private static <T> void text(
      SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(write.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read.apply(p.getValueAsString());
          }
        });
  }

  /** A canonical time as text; anything else (flag bits, zeros) as its seven bytes. */
  private static final class TimeSerializer extends JsonSerializer<Cp56Time2a> {
    @Override
    public void serialize(Cp56Time2a value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isCanonical()) {
        gen.writeString(TIME.format(value.toLocalDateTime()));
      } else {
        gen.writeStartObject();
        gen.writeStringField("hex", value.hex());
        gen.writeStringField(
            "time", value.localDateTime().map(TIME::format).orElse("not a valid time"));
        gen.writeEndObject();
      }
    }
  }

  private static final class TimeDeserializer extends JsonDeserializer<Cp56Time2a> {
    @Override
    public Cp56Time2a deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node.isObject()) {
        return Cp56Time2a.parseHex(node.path("hex").asText());
      }
      String text = node.asText();
      return Cp56Time2a.of(
          text.length() <= 19
              ? LocalDateTime.parse(text.replace(' ', 'T'))
              : LocalDateTime.parse(text, TIME));
    }
  }

  private static final class StopReasonSerializer extends JsonSerializer<StopReason> {
    @Override
    public void serialize(StopReason value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("code", String.format("0x%02X", value.code()));
      gen.writeStringField("category", value.category().name());
      gen.writeStringField("description", value.description());
      gen.writeEndObject();
    }
  }

  private static final class StopReasonDeserializer extends JsonDeserializer<StopReason> {
    @Override
    public StopReason deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      JsonNode code = node.isObject() ? node.path("code") : node;
      return new StopReason(code.isNumber() ? code.asInt() : Integer.decode(code.asText()));
    }
  }

  /**
   * A known code by name, {@code "APP"}, a known flag as {@code true}/{@code false}; a code or flag
   * the table lacks as {@code {"unknown":"03"}}.
   */
  @SuppressWarnings("rawtypes")
  private static final class CodeSerializer extends JsonSerializer<Code> {
    @Override
    public void serialize(Code value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isKnown() && value.table() == Flag.class) {
        gen.writeBoolean(value.is(Flag.YES));
      } else if (value.isKnown()) {
        gen.writeString(value.name());
      } else {
        gen.writeStartObject();
        gen.writeStringField("unknown", value.hex());
        gen.writeEndObject();
      }
    }
  }

  /**
   * Reads what {@link CodeSerializer} writes, and {@code "0x03"} too, for the table the record
   * component names ({@code Code<TransactionType>}).
   */
  @SuppressWarnings("rawtypes")
  private static final class CodeDeserializer extends JsonDeserializer<Code>
      implements ContextualDeserializer {

    private final Class<?> table;

    CodeDeserializer(Class<?> table) {
      this.table = table;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      return new CodeDeserializer(property.getType().containedType(0).getRawClass());
    }

    @Override
    public Code deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node.isObject()) {
        return code(table, Integer.parseInt(node.path("unknown").asText(), 16));
      }
      if (node.isBoolean()) {
        return Flag.of(node.booleanValue());
      }
      return named(table, node.asText());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & Coded> Code<E> code(Class<?> table, int raw) {
      return Code.of((Class<E>) table, raw);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & Coded> Code<E> named(Class<?> table, String name) {
      return Code.ofName((Class<E>) table, name);
    }
  }
}
