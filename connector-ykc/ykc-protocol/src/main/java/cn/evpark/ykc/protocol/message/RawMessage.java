package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.FrameType;

/**
 * A well-framed frame of a type not in the message table, kept byte for byte: surfaced, not refused
 * ({@code ykc-protocol.md §2.3}: unknown types are logged and ignored, never a reason to
 * disconnect).
 *
 * @param code the TYPE byte, not a code of {@link FrameType}
 * @param body the body as received
 */
public record RawMessage(int code, Bytes body) implements YkcMessage {

  public RawMessage {
    Fields.u8(code, "code");
    if (FrameType.ofCode(code).isPresent()) {
      throw new IllegalArgumentException(
          String.format("0x%02X is a known type; use its message record", code));
    }
    Fields.present(body, "body");
    if (body.length() > 251) {
      throw new IllegalArgumentException("body longer than LEN allows: " + body.length());
    }
  }

  /** Always {@link FrameType#UNKNOWN}; the code is {@link #typeCode()}. */
  @Override
  public FrameType type() {
    return FrameType.UNKNOWN;
  }

  @Override
  public int typeCode() {
    return code;
  }

  @Override
  public int bodyLength() {
    return body.length();
  }

  @Override
  public void writeBody(BodyWriter out) {
    out.bytes(body);
  }
}
