package cn.evpark.ykc.server;

import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.YkcMessage;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** A pile on a blocking socket, speaking frames as the tests script them. */
final class TestPile implements AutoCloseable {

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private int seq;

  TestPile(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  static Login login(PileCode code) {
    return new Login(
        code,
        Code.of(PileType.AC),
        1,
        Code.of(ProtocolVersion.V1_5),
        "V4.1.50",
        Code.of(NetworkType.LAN),
        "0".repeat(20),
        0);
  }

  Sequence send(YkcMessage message) throws IOException {
    Sequence s = Sequence.ofLittleEndian(seq++);
    sendRaw(YkcCodec.encode(YkcFrame.of(s, message)));
    return s;
  }

  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The next frame from the server, or empty if none comes within {@code timeout}. */
  Optional<YkcFrame> receive(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      int start = in.readUnsignedByte();
      if (start != YkcCodec.START) {
        throw new IOException("not a frame start: " + start);
      }
      int len = in.readUnsignedByte();
      byte[] frame = new byte[len + 4];
      frame[0] = (byte) start;
      frame[1] = (byte) len;
      in.readFully(frame, 2, len + 2);
      return Optional.of(YkcCodec.decode(frame));
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    }
  }

  /** The next frame of {@code type}, skipping others. */
  YkcFrame receive(FrameType type, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no " + type + " within " + timeout);
      }
      Optional<YkcFrame> frame = receive(Duration.ofNanos(Math.max(1_000_000, left)));
      if (frame.isPresent() && frame.get().message().type() == type) {
        return frame.get();
      }
    }
  }

  /**
   * Whether the server closes the connection within {@code timeout} (frames until then are read).
   */
  boolean closedWithin(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (in.read() < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (EOFException | java.net.SocketException closed) {
      return true;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
