package cn.evpark.bench.codec;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GunHealth;
import cn.evpark.ykc.protocol.message.GunStatus;
import cn.evpark.ykc.protocol.message.Heartbeat;
import cn.evpark.ykc.protocol.message.HolsterState;
import cn.evpark.ykc.protocol.message.RealTimeData;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TierUsage;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionType;
import cn.evpark.ykc.protocol.netty.YkcFrameDecoder;
import cn.evpark.ykc.protocol.netty.YkcFrameEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode + encode of one YKC frame per operation, on one thread: the score in ops/s is frames per
 * second per core. Target: at least 2,000,000 heartbeat frames/s/core.
 *
 * <ul>
 *   <li>{@code *DecodeEncode}: the pure functions of {@link YkcCodec} over a reused heap buffer, as
 *       the adapter's event loop uses them (bytes in, record, bytes out).
 *   <li>{@code *DecodeEncodeByteArrays}: the {@code byte[]} convenience API, allocating.
 *   <li>{@code heartbeatThroughNettyPipeline}: {@link YkcFrameDecoder} and {@link YkcFrameEncoder}
 *       in an {@link EmbeddedChannel}, pooled buffers, reply encoded per frame.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {

  private static final PileCode PILE = PileCode.of("32010200000001");
  private static final TransactionSerial SERIAL =
      TransactionSerial.of("32010200000001012506010800000001");

  private byte[] heartbeat;
  private byte[] realTimeData;
  private byte[] transactionRecord;
  private ByteBuf heartbeatIn;
  private ByteBuf realTimeDataIn;
  private ByteBuf transactionRecordIn;
  private ByteBuf out;
  private EmbeddedChannel channel;

  @Setup(Level.Trial)
  public void setUp() {
    heartbeat =
        YkcCodec.encode(
            YkcFrame.of(
                Sequence.ofLittleEndian(7), new Heartbeat(PILE, 1, Code.of(GunHealth.NORMAL))));
    realTimeData =
        YkcCodec.encode(
            YkcFrame.of(
                Sequence.ofLittleEndian(8),
                new RealTimeData(
                    SERIAL,
                    PILE,
                    1,
                    Code.of(GunStatus.CHARGING),
                    Code.of(HolsterState.OUT),
                    true,
                    new BigDecimal("380.5"),
                    new BigDecimal("157.6"),
                    35,
                    0,
                    57,
                    28,
                    42,
                    38,
                    new BigDecimal("41.2500"),
                    new BigDecimal("41.2500"),
                    new BigDecimal("49.5000"),
                    0)));
    Cp56Time2a start = Cp56Time2a.of(LocalDateTime.of(2025, 6, 1, 8, 0));
    Cp56Time2a end = Cp56Time2a.of(LocalDateTime.of(2025, 6, 1, 9, 0));
    TierUsage flat =
        new TierUsage(
            new BigDecimal("1.20000"),
            new BigDecimal("41.2500"),
            new BigDecimal("41.2500"),
            new BigDecimal("49.5000"));
    transactionRecord =
        YkcCodec.encode(
            YkcFrame.of(
                Sequence.ofLittleEndian(9),
                new TransactionRecord(
                    SERIAL,
                    PILE,
                    1,
                    start,
                    end,
                    TierUsage.NONE,
                    TierUsage.NONE,
                    flat,
                    TierUsage.NONE,
                    new BigDecimal("1000.0000"),
                    new BigDecimal("1041.2500"),
                    new BigDecimal("41.2500"),
                    new BigDecimal("41.2500"),
                    new BigDecimal("49.5000"),
                    "LSVAX2BE5JN123456",
                    Code.of(TransactionType.APP),
                    end,
                    StopReason.REMOTE_STOP,
                    PhysicalCardNumber.NONE)));
    heartbeatIn = Unpooled.wrappedBuffer(heartbeat);
    realTimeDataIn = Unpooled.wrappedBuffer(realTimeData);
    transactionRecordIn = Unpooled.wrappedBuffer(transactionRecord);
    out = Unpooled.buffer(512);
    channel = new EmbeddedChannel(new YkcFrameDecoder(), new YkcFrameEncoder());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    channel.finishAndReleaseAll();
    out.release();
  }

  private ByteBuf decodeEncode(ByteBuf in) {
    in.readerIndex(0);
    YkcFrame frame = YkcCodec.decode(in);
    out.clear();
    YkcCodec.encode(frame, out);
    return out;
  }

  @Benchmark
  public ByteBuf heartbeatDecodeEncode() {
    return decodeEncode(heartbeatIn);
  }

  @Benchmark
  public ByteBuf realTimeDataDecodeEncode() {
    return decodeEncode(realTimeDataIn);
  }

  @Benchmark
  public ByteBuf transactionRecordDecodeEncode() {
    return decodeEncode(transactionRecordIn);
  }

  @Benchmark
  public byte[] heartbeatDecodeEncodeByteArrays() {
    return YkcCodec.encode(YkcCodec.decode(heartbeat));
  }

  @Benchmark
  public byte[] transactionRecordDecodeEncodeByteArrays() {
    return YkcCodec.encode(YkcCodec.decode(transactionRecord));
  }

  @Benchmark
  public Object heartbeatThroughNettyPipeline() {
    channel.writeInbound(channel.alloc().buffer(heartbeat.length).writeBytes(heartbeat));
    YkcFrame frame = channel.readInbound();
    channel.writeOutbound(frame);
    ByteBuf encoded = channel.readOutbound();
    encoded.release();
    return frame;
  }
}
