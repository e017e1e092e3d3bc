package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.Crc16;

/** Frames built byte by byte, independent of the codec under test. */
public final class RawFrames {

  private RawFrames() {}

  /** A frame with SEQ 00 00, ENC 0 and a CRC low byte first. */
  public static byte[] frame(int type, byte[] body) {
    byte[] frame = new byte[body.length + 8];
    frame[0] = 0x68;
    frame[1] = (byte) (body.length + 4);
    frame[5] = (byte) type;
    System.arraycopy(body, 0, frame, 6, body.length);
    int crc = Crc16.compute(frame, 2, body.length + 4);
    frame[frame.length - 2] = (byte) crc;
    frame[frame.length - 1] = (byte) (crc >>> 8);
    return frame;
  }
}
