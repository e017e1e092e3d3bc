package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HeartbeatReply;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileScoped;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.RandomMessages;
import cn.evpark.ykc.protocol.message.YkcMessage;
import cn.evpark.ykc.protocol.netty.InvalidFrame;
import cn.evpark.ykc.protocol.netty.YkcFrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over a million mutated frames of every frame type through the decoder alone and through a
 * logged-in pile's live session: the adapter's own pipeline ({@link YkcServer#assemble}: frame log,
 * idle handler, decoder, encoder, counter, {@link PileConnection}) on an {@link EmbeddedChannel},
 * handing messages to a platform that answers at once (issue 14).
 *
 * <p>Each frame starts as a real encoded message of its type naming the session's pile, then is
 * sent as is, with a broken CRC, with a random body of the right length (CRC valid or not), with
 * bits flipped under a valid CRC, truncated, oversize or undersize under a valid CRC, with a wrong
 * length byte, encrypted, with an unknown type, or replaced by garbage.
 *
 * <p>Shown: no exception reaches the end of the pipeline or the session's error handler (which
 * would close the connection), every input buffer is released (refCnt 0, and the leak detector at
 * paranoid reports nothing), and afterwards the session is open and answers a heartbeat. The
 * session allows 10,000 bad frames in a row here (the most the configuration takes): closing after
 * {@code ykc.max-bad-frames} is the policy {@code PileConnectionTest} shows, not a failure. Each
 * batch of {@value #FRAMES_PER_BATCH} ends with valid heartbeats longer than the longest frame, so
 * whatever a broken length made the decoder wait for is complete and every input buffer is released
 * by the end of its batch.
 *
 * <p>Fixed seed; about a minute, so failsafe runs it once in {@code verify}. Prints the counts and
 * the time taken.
 */
class PileSessionFuzzIT {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final int FRAMES = 1_000_000;
  static final int FRAMES_PER_BATCH = 400;
  static final int BODY = YkcCodec.HEADER_LENGTH;

  private static final List<String> leaks = new CopyOnWriteArrayList<>();
  private static final List<LogRecord> errors = new CopyOnWriteArrayList<>();
  private static final Logger ADAPTER_LOG = Logger.getLogger("cn.evpark.ykc");
  private static final Handler ERRORS =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getThrown() != null
              || record.getLevel().intValue() > Level.WARNING.intValue()) {
            errors.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeAll
  static void paranoidLeakDetectionAndQuietLogs() throws ReflectiveOperationException {
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    Field field = Class.forName("io.netty.buffer.AbstractByteBuf").getDeclaredField("leakDetector");
    field.setAccessible(true);
    ((ResourceLeakDetector<?>) field.get(null))
        .setLeakListener((type, records) -> leaks.add(type + records));
    // A million dropped frames log a warning each; keep the errors, not the console noise.
    ADAPTER_LOG.setUseParentHandlers(false);
    ADAPTER_LOG.addHandler(ERRORS);
  }

  @AfterAll
  static void restoreLogs() {
    ADAPTER_LOG.removeHandler(ERRORS);
    ADAPTER_LOG.setUseParentHandlers(true);
  }

  @Test
  void decoder_millionMutatedFrames_emitsOnlyFramesAndInvalidFramesAndReleasesAll() {
    EmbeddedChannel channel = new EmbeddedChannel(new YkcFrameDecoder());
    Mutator mutator = new Mutator(new Random(14L));
    long started = System.nanoTime();
    long[] out = new long[2];

    for (int sent = 0; sent < FRAMES; sent += FRAMES_PER_BATCH) {
      List<ByteBuf> written = write(channel, mutator.batch(FRAMES_PER_BATCH), mutator.random);
      for (Object o = channel.readInbound(); o != null; o = channel.readInbound()) {
        assertThat(o).isInstanceOfAny(YkcFrame.class, InvalidFrame.class);
        out[o instanceof YkcFrame ? 0 : 1]++;
      }
      channel.checkException();
      assertThat(written).allSatisfy(b -> assertThat(b.refCnt()).isZero());
    }
    assertThat(channel.finishAndReleaseAll()).isFalse();

    report("decoder", mutator, started, "frames " + out[0] + ", invalid " + out[1]);
    assertThat(out[0]).isGreaterThan(FRAMES / 4);
    assertThat(out[1]).isGreaterThan(FRAMES / 4);
    assertNoLeakReported();
  }

  @Test
  void liveSession_millionMutatedFrames_survivesAndStillAnswersAHeartbeat() {
    AnsweringPlatform platform = new AnsweringPlatform();
    ServerContext server = ServerContext.of(config(), platform, Runnable::run, Clock.systemUTC());
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                YkcServer.assemble(ch.pipeline(), server, new FrameCounter(server.counters()));
              }
            });
    send(channel, login(), 0);
    assertThat(replies(channel)).contains(new LoginReply(PILE, true));

    Mutator mutator = new Mutator(new Random(1414L));
    long started = System.nanoTime();
    for (int sent = 0; sent < FRAMES; sent += FRAMES_PER_BATCH) {
      List<ByteBuf> written = write(channel, mutator.batch(FRAMES_PER_BATCH), mutator.random);
      channel.runPendingTasks();
      drainOutbound(channel);
      channel.checkException();
      assertThat(written).allSatisfy(b -> assertThat(b.refCnt()).isZero());
      assertThat(channel.isActive()).as("session open after %d frames", sent).isTrue();
    }
    report(
        "live session",
        mutator,
        started,
        "delivered " + platform.delivered + ", records " + platform.records);

    Heartbeat heartbeat = new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL));
    send(channel, heartbeat, 0xBEEF);
    assertThat(replies(channel))
        .filteredOn(HeartbeatReply.class::isInstance)
        .map(HeartbeatReply.class::cast)
        .anySatisfy(reply -> assertThat(reply.pileCode()).isEqualTo(PILE))
        .anySatisfy(reply -> assertThat(reply.gun()).isEqualTo(1));
    assertThat(server.sessions().find(PILE)).isPresent();
    assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
    assertThat(channel.finishAndReleaseAll()).isFalse();
    assertNoLeakReported();
  }

  /** Roomy limits: the run measures robustness, not the policies on bad or idle piles. */
  static YkcServerConfig config() {
    return new YkcServerConfig(
        "127.0.0.1",
        0,
        1,
        Duration.ofHours(1),
        Duration.ofHours(1),
        10_000,
        64,
        Duration.ofSeconds(10),
        3,
        8,
        Duration.ofHours(8),
        100_000,
        1000,
        Duration.ofSeconds(1),
        100_000,
        100,
        1);
  }

  static Login login() {
    return new Login(
        PILE,
        Code.of(PileType.AC),
        1,
        Code.of(ProtocolVersion.V1_5),
        "V4.1.50",
        Code.of(NetworkType.LAN),
        "0".repeat(20),
        0);
  }

  static void send(EmbeddedChannel channel, cn.evpark.ykc.protocol.message.YkcMessage m, int seq) {
    channel.writeInbound(
        ByteBufAllocator.DEFAULT
            .buffer()
            .writeBytes(YkcCodec.encode(YkcFrame.of(Sequence.ofLittleEndian(seq), m))));
    channel.runPendingTasks();
  }

  /** The messages the session wrote since the last call, their buffers released. */
  static List<Object> replies(EmbeddedChannel channel) {
    List<Object> messages = new ArrayList<>();
    for (Object o = channel.readOutbound(); o != null; o = channel.readOutbound()) {
      ByteBuf buf = (ByteBuf) o;
      try {
        messages.add(YkcCodec.decode(buf).message());
      } finally {
        buf.release();
      }
    }
    return messages;
  }

  static void drainOutbound(EmbeddedChannel channel) {
    for (Object o = channel.readOutbound(); o != null; o = channel.readOutbound()) {
      ReferenceCountUtil.release(o);
    }
  }

  /** Writes {@code bytes} in pooled direct buffers of random sizes, as a socket would. */
  static List<ByteBuf> write(EmbeddedChannel channel, byte[] bytes, Random random) {
    List<ByteBuf> written = new ArrayList<>();
    int at = 0;
    while (at < bytes.length) {
      int chunk = Math.min(bytes.length - at, 1 + random.nextInt(4096));
      ByteBuf buf = ByteBufAllocator.DEFAULT.directBuffer(chunk).writeBytes(bytes, at, chunk);
      written.add(buf);
      channel.writeInbound(buf);
      at += chunk;
    }
    return written;
  }

  static void report(String where, Mutator mutator, long startedNanos, String outcome) {
    System.out.printf(
        "PileSessionFuzzIT %s: %,d mutated frames (%d frame types, %s) in %.1f s; %s%n",
        where,
        mutator.count,
        FrameType.values().length,
        mutator.kinds(),
        (System.nanoTime() - startedNanos) / 1e9,
        outcome);
  }

  static void assertNoLeakReported() {
    // Leaks surface when the collector has reclaimed a tracked buffer and a new one is tracked.
    System.gc();
    for (int i = 0; i < 64; i++) {
      ByteBufAllocator.DEFAULT.directBuffer(16).release();
    }
    assertThat(leaks).isEmpty();
  }

  /** Mutated frames, built from real encoded messages of every type naming {@link #PILE}. */
  static final class Mutator {

    static final String[] KINDS = {
      "valid", "bad CRC", "random body", "random body bad CRC", "flipped bits", "truncated",
      "oversize", "undersize", "wrong LEN", "encrypted", "unknown type", "garbage"
    };

    /** Valid heartbeats close each batch, more bytes of them than the longest frame. */
    final byte[] heartbeat =
        YkcCodec.encode(
            YkcFrame.of(
                Sequence.ofLittleEndian(7), new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL))));

    final Random random;
    final RandomMessages messages;
    final long[] perKind = new long[KINDS.length];
    final byte[] pile = HexFormat.of().parseHex(PILE.value());
    long count;
    int nextType;

    Mutator(Random random) {
      this.random = random;
      this.messages = new RandomMessages(random);
    }

    /**
     * Makes the frame name the session's pile: every copy of the message's own pile code (a
     * transaction serial begins with one too) becomes {@link #PILE}, so records and real-time data
     * reach the platform; a message without a pile code gets it at the start of its body.
     */
    void nameThePile(byte[] frame, int body, YkcMessage message) {
      if (!(message instanceof PileScoped scoped)) {
        System.arraycopy(pile, 0, frame, BODY, Math.min(pile.length, body));
        return;
      }
      byte[] own = HexFormat.of().parseHex(scoped.pileCode().value());
      for (int at = BODY; at + own.length <= BODY + body; at++) {
        if (java.util.Arrays.equals(frame, at, at + own.length, own, 0, own.length)) {
          System.arraycopy(pile, 0, frame, at, pile.length);
          at += own.length - 1;
        }
      }
    }

    byte[] batch(int frames) {
      ByteArrayOutputStream batch = new ByteArrayOutputStream();
      for (int i = 0; i < frames; i++) {
        batch.writeBytes(next());
      }
      for (int tail = 0; tail <= YkcCodec.MAX_FRAME_LENGTH; tail += heartbeat.length) {
        batch.writeBytes(heartbeat);
      }
      return batch.toByteArray();
    }

    byte[] next() {
      FrameType type = FrameType.values()[nextType++ % FrameType.values().length];
      YkcMessage message = messages.of(type);
      byte[] frame =
          YkcCodec.encode(YkcFrame.of(Sequence.ofLittleEndian(random.nextInt(65536)), message));
      int len = frame[1] & 0xFF;
      int body = len - 4;
      nameThePile(frame, body, message);
      fixCrc(frame);
      int kind = random.nextInt(KINDS.length);
      perKind[kind]++;
      count++;
      switch (kind) {
        case 0 -> {
          return frame;
        }
        case 1 -> {
          frame[frame.length - 1 - random.nextInt(2)] ^= (byte) (1 + random.nextInt(255));
          return frame;
        }
        case 2, 3 -> {
          for (int i = BODY; i < BODY + body; i++) {
            frame[i] = (byte) random.nextInt(256);
          }
          fixCrc(frame);
          if (kind == 3) {
            frame[frame.length - 1] ^= (byte) (1 + random.nextInt(255));
          }
          return frame;
        }
        case 4 -> {
          for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
            int at = 2 + random.nextInt(len);
            frame[at] ^= (byte) (1 << random.nextInt(8));
          }
          fixCrc(frame);
          return frame;
        }
        case 5 -> {
          return java.util.Arrays.copyOf(frame, 1 + random.nextInt(frame.length - 1));
        }
        case 6, 7 -> {
          int newLen =
              kind == 6
                  ? len + 1 + random.nextInt(Math.max(1, 255 - len))
                  : 4 + random.nextInt(Math.max(1, body));
          newLen = Math.min(newLen, 255);
          byte[] resized = new byte[newLen + 4];
          System.arraycopy(frame, 0, resized, 0, Math.min(len + 2, newLen + 2));
          for (int i = len + 2; i < newLen + 2; i++) {
            resized[i] = (byte) random.nextInt(256);
          }
          resized[1] = (byte) newLen;
          fixCrc(resized);
          return resized;
        }
        case 8 -> {
          frame[1] = (byte) random.nextInt(256);
          return frame;
        }
        case 9 -> {
          frame[4] = (byte) (1 + random.nextInt(255));
          fixCrc(frame);
          return frame;
        }
        case 10 -> {
          frame[5] = (byte) (0xF0 + random.nextInt(16));
          fixCrc(frame);
          return frame;
        }
        default -> {
          byte[] garbage = new byte[1 + random.nextInt(300)];
          random.nextBytes(garbage);
          if (random.nextBoolean()) {
            garbage[0] = (byte) YkcCodec.START;
          }
          return garbage;
        }
      }
    }

    String kinds() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < KINDS.length; i++) {
        text.append(i == 0 ? "" : ", ").append(KINDS[i]).append(' ').append(perKind[i]);
      }
      return text.toString();
    }

    static void fixCrc(byte[] frame) {
      int len = frame[1] & 0xFF;
      int crc = cn.evpark.ykc.protocol.Crc16.compute(frame, 2, len);
      frame[len + 2] = (byte) crc;
      frame[len + 3] = (byte) (crc >>> 8);
    }
  }

  /** Answers logins, acknowledges nothing else, and counts what it is handed. */
  static final class AnsweringPlatform implements Platform {
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong records = new AtomicLong();

    @Override
    public Optional<PlatformMessage> handle(PileEvent event) {
      delivered.incrementAndGet();
      if (event.message() instanceof Login login) {
        return Optional.of(new LoginReply(login.pileCode(), true));
      }
      return Optional.empty();
    }

    @Override
    public List<Optional<PlatformMessage>> logins(List<PileEvent> batch) {
      return batch.stream().map(this::handle).toList();
    }

    @Override
    public void sessionEvents(List<PileSessionEvent> batch) {}

    @Override
    public void realTimeData(List<PileEvent> batch) {}

    @Override
    public List<Optional<PlatformMessage>> transactionRecords(List<PileEvent> batch) {
      records.addAndGet(batch.size());
      return batch.stream().map(e -> Optional.<PlatformMessage>empty()).toList();
    }
  }
}
