package cn.evpark.pile;

import static cn.evpark.it.Sessions.liveEnergy;
import static cn.evpark.it.Sessions.logIn;
import static cn.evpark.it.Sessions.start;
import static cn.evpark.it.Sessions.synced;
import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.it.DriverLogin;
import cn.evpark.it.Http;
import cn.evpark.it.Json;
import cn.evpark.it.Ledgers;
import cn.evpark.it.MicroEnvironment;
import cn.evpark.it.OwnOperator;
import cn.evpark.it.ServerLog;
import cn.evpark.it.Settlements;
import cn.evpark.it.SharedPlatform;
import cn.evpark.ykc.protocol.Crc16;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.MeterReport;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import cn.evpark.ykc.protocol.message.TransactionAckResult;
import cn.evpark.ykc.protocol.message.TransactionRecord;
import cn.evpark.ykc.protocol.message.TransactionRecordAck;
import cn.evpark.ykc.protocol.message.TransactionRecordV17;
import cn.evpark.ykc.simulator.Simulator;
import cn.evpark.ykc.simulator.SimulatorConfig;
import cn.evpark.ykc.simulator.VirtualPile;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * YKC 1.7 piles on the deployed platform (issue 14, docs/ykc-versions.md): a 1.7 pile logs in, a
 * driver's session on it ends with a 0x3D record that is acknowledged by 0x40 and settled as a 0x3B
 * is, under the same key; a copy of it moves nothing. A pile reporting a version the platform does
 * not know logs in, its version is stored for the pile page, and its frames of unknown types are
 * logged raw.
 */
@ExtendWith(SharedPlatform.class)
class Ykc17SessionsIT {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final String DRIVER = "13800001717";

  final URL base = SharedPlatform.base();

  /** An operator of the test's own, {@code 协议运营商<tag>}, with the given piles. */
  OwnOperator operator(String tag, String... piles) throws Exception {
    return OwnOperator.create(base, "协议运营商" + tag, "v17-" + tag + "-admin", piles);
  }

  @Test
  void v17Session_endsWithA0x3dRecord_acknowledgedAndSettledFromTheWallet() throws Exception {
    OwnOperator operator = operator("s1", "44030512860001");
    Http driver = new Http(base).asDriver(DriverLogin.token(base, DRIVER));
    assertThat(operator.topUp(new Http(base), DRIVER, "100.00", "v17-1").statusCode())
        .isEqualTo(201);
    PileCode code = PileCode.of("44030512860001");
    try (Simulator simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(MicroEnvironment.settings().ykcPort())
                .guns(1)
                .protocolVersion(ProtocolVersion.V1_7.code())
                .heartbeatInterval(Duration.ofSeconds(5))
                .chargingDataInterval(Duration.ofMillis(500))
                .chargePowerKw(600)
                .build())) {
      VirtualPile pile = simulator.addPile(code);
      logIn(pile);
      pile.plugIn(1).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      synced(pile);
      assertThat(reportedVersion(code)).isEqualTo(0x11);

      HttpResponse<String> started = start(driver, code, "v17-start");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String orderNo = Json.field(started.body(), "orderNo");
      TransactionSerial serial =
          TransactionSerial.of(Json.field(started.body(), "transactionSerial"));
      String path = "api/driver/charging-orders/" + orderNo;
      Awaitility.await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> liveEnergy(driver.get(path).body()).signum() > 0);
      CompletableFuture<TransactionRecordAck> ack = pile.acknowledged(serial).toCompletableFuture();
      assertThat(driver.post(path + "/stop").statusCode()).isEqualTo(200);

      assertThat(ack.get(WAIT.toSeconds(), TimeUnit.SECONDS).result())
          .isEqualTo(TransactionAckResult.RECEIVED);
      String settled = driver.get(path).body();
      BigDecimal total = new BigDecimal(Json.field(settled, "totalAmount"));
      assertThat(Json.field(settled, "paymentStatus")).isEqualTo("PAID");
      assertThat(total.signum()).isPositive();
      assertThat(new BigDecimal(Json.field(driver.get("api/driver/wallets").body(), "balance")))
          .isEqualByComparingTo(new BigDecimal("100.00").subtract(total));
      String key = code.value() + ":" + serial.value();
      assertThat(Settlements.postings(MicroEnvironment.settings()))
          .filteredOn(p -> p.idempotencyKey().equals("settlement:" + key))
          .hasSize(1);
      assertThat(storedFrameType(serial)).as("the stored frame is the 0x3D").isEqualTo("3D");
      assertThat(Settlements.orders(MicroEnvironment.settings()))
          .filteredOn(o -> o.key().equals(key))
          .singleElement()
          .satisfies(o -> assertThat(o.state()).isEqualTo("SETTLED"));

      // A copy of the 0x3D (the pile missed the 0x40) is acknowledged and bills nothing.
      assertThat(
              pile.pendingRecords().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as("acknowledged, so no longer pending")
          .isEmpty();
      CompletableFuture<TransactionRecordAck> second =
          pile.nextReceived(TransactionRecordAck.class);
      pile.send(new TransactionRecordV17(recordOf(serial), MeterReport.NONE))
          .toCompletableFuture()
          .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS).transactionSerial())
          .isEqualTo(serial);
      assertThat(Settlements.records(MicroEnvironment.settings()))
          .filteredOn(r -> r.key().equals(key))
          .singleElement()
          .satisfies(r -> assertThat(r.copies()).isEqualTo(2))
          .satisfies(r -> assertThat(r.settled()).isTrue());
      assertThat(Settlements.postings(MicroEnvironment.settings()))
          .filteredOn(p -> p.idempotencyKey().equals("settlement:" + key))
          .hasSize(1);
      assertThat(Ledgers.balancesMatchEntries()).isTrue();
    }
  }

  @Test
  void pileOfAnUnknownVersion_logsIn_isFlagged_andItsUnknownFramesAreLoggedRaw() throws Exception {
    operator("u1", "44030512860002");
    PileCode code = PileCode.of("44030512860002");
    Pattern raw = Pattern.compile("pile 44030512860002 .*ignored frame of type 0x3F: (\\w+)");
    Optional<String> before = ServerLog.latest(raw);
    try (Socket socket = new Socket("127.0.0.1", MicroEnvironment.settings().ykcPort())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      OutputStream out = socket.getOutputStream();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      out.write(
          YkcCodec.encode(
              YkcFrame.of(
                  Sequence.ZERO,
                  new Login(
                      code,
                      Code.of(PileType.AC),
                      1,
                      Code.of(ProtocolVersion.class, 0x12),
                      "V1.8",
                      Code.of(NetworkType.LAN),
                      "0".repeat(20),
                      0))));
      out.flush();
      assertThat(((LoginReply) readFrame(in).message()).accepted()).isTrue();

      byte[] unknown = frameOfType(0x3F, new byte[] {0x01, 0x02, 0x03});
      out.write(unknown);
      out.flush();

      String logged = ServerLog.await(raw, before, WAIT);
      assertThat(logged).endsWith(HexFormat.of().withUpperCase().formatHex(unknown));
      assertThat(reportedVersion(code)).isEqualTo(0x12);
      String pile = new Http(base).get("api/admin/piles/" + code.value()).body();
      assertThat(Json.field(pile, "protocolVersion")).isEqualTo("1.8");
      assertThat(pile).contains("\"protocolVersionKnown\":false");
    }
  }

  /** The bill of the stored first copy of the record, as the pile sent it. */
  static TransactionRecord recordOf(TransactionSerial serial) throws Exception {
    return ((TransactionRecordV17)
            YkcCodec.decode(HexFormat.of().parseHex(recordHex(serial))).message())
        .bill();
  }

  /** The TYPE byte of the stored first copy of the record: frame bytes 5, hex digits 10–11. */
  static String storedFrameType(TransactionSerial serial) throws Exception {
    return recordHex(serial).substring(10, 12);
  }

  static String recordHex(TransactionSerial serial) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT frame_hex FROM pile_transaction_record WHERE transaction_serial = '"
                    + serial.value()
                    + "'")) {
      row.next();
      return row.getString(1);
    }
  }

  static int reportedVersion(PileCode code) throws Exception {
    try (Connection db = MicroEnvironment.settings().connect();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT reported_protocol_version FROM pile WHERE code = '" + code.value() + "'")) {
      row.next();
      return row.getInt(1);
    }
  }

  static YkcFrame readFrame(DataInputStream in) throws Exception {
    int start = in.readUnsignedByte();
    int len = in.readUnsignedByte();
    byte[] frame = new byte[len + 4];
    frame[0] = (byte) start;
    frame[1] = (byte) len;
    in.readFully(frame, 2, len + 2);
    return YkcCodec.decode(frame);
  }

  /** A well-framed frame of {@code type} around {@code body}, SEQ 0, CRC low byte first. */
  static byte[] frameOfType(int type, byte[] body) {
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
