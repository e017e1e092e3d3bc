package cn.evpark.ykc.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.Sequence;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.Flag;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.NetworkType;
import cn.evpark.ykc.protocol.message.PileType;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-connection queue to the platform, its worker run by the test. */
class InboundQueueTest {

  static final PileCode PILE = PileCode.of("32010200000001");

  final RecordingPlatform platform = new RecordingPlatform();
  final ManualWorkScheduler workers = new ManualWorkScheduler();
  final ActiveWork activeWork = new ActiveWork();
  final List<Sequence> replied = new ArrayList<>();
  final List<InboundQueue.Item> failed = new ArrayList<>();
  final List<Integer> drained = new ArrayList<>();
  final DeliveryPlaces places = new DeliveryPlaces(1);
  boolean connected = true;
  final InboundQueue queue = queue();

  InboundQueue queue() {
    return new InboundQueue(
        3,
        platform,
        workers,
        places,
        new InboundQueue.Outcome() {
          @Override
          public void replied(InboundQueue.Message message, Optional<PlatformMessage> reply) {
            replied.add(message.seq());
          }

          @Override
          public void failed(InboundQueue.Item item, RuntimeException cause) {
            failed.add(item);
          }

          @Override
          public void drained(int remaining) {
            drained.add(remaining);
          }
        },
        activeWork,
        () -> connected);
  }

  static InboundQueue.Message message(int n) {
    Sequence seq = Sequence.ofLittleEndian(n);
    BillingModelVerify verify = new BillingModelVerify(PILE, BillingModelNumber.of("000" + n));
    return new InboundQueue.Message(
        new PileEvent(PILE, YkcFrame.of(seq, verify), Instant.EPOCH, 1, "test"), seq);
  }

  static InboundQueue.Session online() {
    return new InboundQueue.Session(
        new PileSessionEvent(PILE, PileSessionEvent.Kind.ONLINE, Instant.EPOCH, 1, "test"));
  }

  static InboundQueue.Session offline() {
    return new InboundQueue.Session(
        new PileSessionEvent(PILE, PileSessionEvent.Kind.OFFLINE, Instant.EPOCH, 1, "test"));
  }

  static InboundQueue.Message login(int n) {
    Sequence seq = Sequence.ofLittleEndian(n);
    Login login =
        new Login(
            PILE,
            Code.of(PileType.DC),
            2,
            Code.of(ProtocolVersion.V1_6),
            "V1",
            Code.of(NetworkType.LAN),
            "0".repeat(20),
            0);
    return new InboundQueue.Message(
        new PileEvent(PILE, YkcFrame.of(seq, login), Instant.EPOCH, 1, "test"), seq);
  }

  @Test
  void aLoginWhosePileHungUpWhileItWaited_isNotDelivered_andTheQueueGoesOn() {
    queue.offer(login(1));
    queue.offer(online());
    connected = false;

    workers.runAll();

    assertThat(platform.timeline).as("the session event only").containsExactly("ONLINE");
    assertThat(replied).as("answered with nothing").containsExactly(Sequence.ofLittleEndian(1));
    assertThat(failed).isEmpty();
  }

  @Test
  void aRequestOfAConnectionClosedBeforeItsTurn_isDropped_butWhatThePileReportedIsDelivered() {
    queue.offer(message(1));
    queue.offer(
        new InboundQueue.Message(
            new PileEvent(
                PILE,
                YkcFrame.of(
                    Sequence.ofLittleEndian(2), new BillingModelSetReply(PILE, Code.of(Flag.YES))),
                Instant.EPOCH,
                1,
                "test"),
            Sequence.ofLittleEndian(2)));
    queue.offer(offline());
    connected = false;

    workers.runAll();

    assertThat(platform.timeline)
        .as("the 0x05 expected an answer that could not reach the pile")
        .containsExactly("BILLING_MODEL_SET_REPLY", "OFFLINE");
    assertThat(failed).isEmpty();
  }

  @Test
  void aMessageFindingNoPlace_letsItsWorkerGo_andIsDeliveredOnceAPlaceIsGivenBack() {
    assertThat(places.take(() -> true)).as("another queue delivers").isTrue();
    queue.offer(message(1));

    workers.runAll();

    assertThat(platform.timeline).isEmpty();
    assertThat(places.waiting()).isEqualTo(1);
    assertThat(activeWork.active()).as("no worker waits for the place").isZero();

    places.giveBack();
    assertThat(workers.pending()).as("the place starts a worker").isEqualTo(1);
    workers.runAll();

    assertThat(platform.timeline).containsExactly("BILLING_MODEL_VERIFY");
    assertThat(places.taken()).as("given back after the delivery").isZero();
  }

  @Test
  void loginsAndSessionEvents_needNoPlace() {
    assertThat(places.take(() -> true)).isTrue();
    queue.offer(login(1));
    queue.offer(online());
    queue.offer(message(2));

    workers.runAll();

    assertThat(platform.timeline).containsExactly("LOGIN", "ONLINE");
    assertThat(places.waiting()).as("the 0x05 waits").isEqualTo(1);
  }

  @Test
  void queuesWaitingForAPlace_getItInTurn_andAPlaceNoWorkerWouldUseGoesOn() {
    assertThat(places.take(() -> true)).isTrue();
    InboundQueue second = queue();
    queue.offer(message(1));
    second.offer(message(2));
    workers.runAll();
    assertThat(places.waiting()).isEqualTo(2);

    workers.refuse(true);
    places.giveBack();

    assertThat(places.waiting()).isZero();
    assertThat(places.taken()).as("neither queue could use it").isZero();
    assertThat(queue.size()).as("not delivered: the server is stopping").isZero();
    assertThat(second.size()).isZero();
    workers.refuse(false);
    assertThat(queue.offer(message(3))).isTrue();
    workers.runAll();
    assertThat(platform.timeline).containsExactly("BILLING_MODEL_VERIFY");
  }

  @Test
  void aLoginOfAnOpenConnection_isDelivered() {
    queue.offer(login(1));

    workers.runAll();

    assertThat(platform.timeline).containsExactly("LOGIN");
  }

  @Test
  void offer_severalItems_oneWorkerDeliversThemInOrder() {
    queue.offer(message(1));
    queue.offer(online());
    queue.offer(message(2));
    assertThat(workers.pending()).isEqualTo(1);
    assertThat(activeWork.active()).isEqualTo(1);

    workers.runAll();

    assertThat(platform.timeline)
        .containsExactly("BILLING_MODEL_VERIFY", "ONLINE", "BILLING_MODEL_VERIFY");
    assertThat(replied).containsExactly(Sequence.ofLittleEndian(1), Sequence.ofLittleEndian(2));
    assertThat(drained).containsExactly(2, 1, 0);
    assertThat(activeWork.active()).isZero();
  }

  @Test
  void offer_whileTheWorkerDelivers_isDeliveredByTheSameWorker() {
    List<Integer> pendingDuringDelivery = new ArrayList<>();
    platform.answers =
        event -> {
          if (platform.messages.size() == 1) {
            queue.offer(message(2));
            pendingDuringDelivery.add(workers.pending());
          }
          return Optional.empty();
        };
    queue.offer(message(1));

    assertThat(workers.runAll()).isEqualTo(1);

    assertThat(pendingDuringDelivery).containsExactly(0);
    assertThat(replied).containsExactly(Sequence.ofLittleEndian(1), Sequence.ofLittleEndian(2));
  }

  @Test
  void offer_queueFull_isRefusedUntilTheWorkerDrainsIt() {
    assertThat(queue.offer(message(1))).isTrue();
    assertThat(queue.offer(message(2))).isTrue();
    assertThat(queue.offer(message(3))).isTrue();

    assertThat(queue.offer(message(4))).isFalse();

    workers.runAll();
    assertThat(queue.offer(message(4))).isTrue();
    assertThat(platform.messages).hasSize(3);
  }

  @Test
  void offer_noWorkerTakesTheDelivery_isRefusedAndLeavesNothingQueued() {
    workers.refuse(true);

    assertThat(queue.offer(message(1))).isFalse();

    assertThat(queue.size()).isZero();
    assertThat(activeWork.active()).isZero();
    workers.refuse(false);
    assertThat(queue.offer(message(2))).isTrue();
    assertThat(workers.pending()).as("a new worker is started").isEqualTo(1);
  }

  @Test
  void delivery_platformFails_reportsThatItemAndDeliversTheNext() {
    platform.answers =
        event -> {
          if (platform.messages.size() == 1) {
            throw new PlatformUnavailableException("no endpoint");
          }
          return Optional.empty();
        };
    InboundQueue.Message first = message(1);
    queue.offer(first);
    queue.offer(message(2));

    workers.runAll();

    assertThat(failed).containsExactly(first);
    assertThat(replied).containsExactly(Sequence.ofLittleEndian(2));
    assertThat(activeWork.active()).isZero();
  }
}
