package cn.evpark.ykc.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.protocol.FrameType;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter accepts piles only while the platform's endpoint is active (issue 14): a pile that
 * connects before the MDB is activated is refused at TCP, never logged in; after activation its
 * login reaches the endpoint and is answered; deactivation disconnects it and refuses new ones.
 */
class YkcResourceAdapterTest {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final Duration WAIT = Duration.ofSeconds(10);

  final List<PileEvent> delivered = new CopyOnWriteArrayList<>();
  final YkcResourceAdapter adapter = new YkcResourceAdapter();
  final MessageEndpointFactory platform = mock(MessageEndpointFactory.class);
  int port;

  @BeforeEach
  void start() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    adapter.setPort(port);
    adapter.setHost("127.0.0.1");
    adapter.setIoThreads(1);
    adapter.setStopGraceSeconds(2);
    WorkManager workManager = mock(WorkManager.class);
    doAnswer(
            call -> {
              Thread worker = new Thread(call.<Work>getArgument(0));
              worker.start();
              return null;
            })
        .when(workManager)
        .scheduleWork(any(Work.class));
    BootstrapContext context = mock(BootstrapContext.class);
    when(context.getWorkManager()).thenReturn(workManager);
    when(platform.getActivationName()).thenReturn("PileMessageBean");
    when(platform.createEndpoint(any())).thenAnswer(call -> endpoint());
    adapter.start(context);
  }

  @AfterEach
  void stop() {
    adapter.stop();
  }

  @Test
  void beforeTheEndpointIsActive_aPileIsRefusedAndNotLoggedIn() {
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    assertThat(adapter.server().status().listening()).isFalse();
    assertThat(delivered).isEmpty();
  }

  @Test
  void onceTheEndpointIsActive_aPileLogsIn() throws Exception {
    adapter.endpointActivation(platform, new YkcActivationSpec());

    try (Socket pile = new Socket("127.0.0.1", port)) {
      YkcFrame reply = login(pile);

      assertThat(reply.message()).isEqualTo(new LoginReply(PILE, true));
      assertThat(delivered).extracting(PileEvent::message).hasOnlyElementsOfType(Login.class);
      assertThat(adapter.server().status().listening()).isTrue();
    }
  }

  @Test
  void whenTheEndpointGoes_pilesAreDisconnectedAndRefused() throws Exception {
    adapter.endpointActivation(platform, new YkcActivationSpec());
    try (Socket pile = new Socket("127.0.0.1", port)) {
      login(pile);

      adapter.endpointDeactivation(platform, new YkcActivationSpec());

      pile.setSoTimeout((int) WAIT.toMillis());
      pile.getInputStream().readAllBytes(); // the clock sync after the login, then the end
      assertThat(pile.getInputStream().read()).isEqualTo(-1);
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
    assertThat(adapter.server().status().listening()).isFalse();
  }

  @Test
  void anEndpointActivatedAgain_acceptsPilesAgain() throws Exception {
    adapter.endpointActivation(platform, new YkcActivationSpec());
    adapter.endpointDeactivation(platform, new YkcActivationSpec());

    adapter.endpointActivation(platform, new YkcActivationSpec());

    try (Socket pile = new Socket("127.0.0.1", port)) {
      assertThat(login(pile).message()).isEqualTo(new LoginReply(PILE, true));
    }
  }

  private YkcFrame login(Socket pile) throws IOException {
    Login login =
        new Login(
            PILE,
            Code.of(PileType.AC),
            1,
            Code.of(ProtocolVersion.V1_5),
            "V4.1.50",
            Code.of(NetworkType.LAN),
            "0".repeat(20),
            0);
    pile.getOutputStream().write(YkcCodec.encode(YkcFrame.of(Sequence.ofLittleEndian(1), login)));
    pile.setSoTimeout((int) WAIT.toMillis());
    DataInputStream in = new DataInputStream(pile.getInputStream());
    while (true) {
      int start = in.readUnsignedByte();
      int len = in.readUnsignedByte();
      byte[] frame = new byte[len + 4];
      frame[0] = (byte) start;
      frame[1] = (byte) len;
      in.readFully(frame, 2, len + 2);
      YkcFrame decoded = YkcCodec.decode(frame);
      if (decoded.message().type() == FrameType.LOGIN_REPLY) {
        return decoded;
      }
    }
  }

  /** The platform's MDB: accepts every login. */
  private MessageEndpoint endpoint() {
    return (MessageEndpoint)
        java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MessageEndpoint.class, PileMessageListener.class},
            (proxy, method, args) -> {
              if (method.getName().equals("onLogins")) {
                List<PlatformMessage> replies = new ArrayList<>();
                for (Object each : (List<?>) args[0]) {
                  PileEvent event = (PileEvent) each;
                  delivered.add(event);
                  replies.add(new LoginReply(((Login) event.message()).pileCode(), true));
                }
                return replies.stream().map(Optional::of).toList();
              }
              if (method.getName().equals("onPileMessage")) {
                delivered.add((PileEvent) args[0]);
                return Optional.empty();
              }
              if (method.getName().equals("onTransactionRecords")) {
                return List.of();
              }
              return null;
            });
  }
}
