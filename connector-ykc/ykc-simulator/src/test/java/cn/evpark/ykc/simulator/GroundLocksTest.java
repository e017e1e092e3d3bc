package cn.evpark.ykc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.GroundLockResult;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import cn.evpark.ykc.protocol.message.LockAction;
import cn.evpark.ykc.protocol.message.LockAlarm;
import cn.evpark.ykc.protocol.message.LockState;
import cn.evpark.ykc.protocol.message.ParkingSpaceState;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TierPrice;
import cn.evpark.ykc.simulator.stub.StubPlatform;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's ground locks ({@code ykc-protocol.md §8.5}) against {@link StubPlatform}. */
class GroundLocksTest {

  private static final PileCode PILE = PileCode.of("32010200000002");
  private static final long TIMEOUT = 10;

  private StubPlatform platform;
  private Simulator simulator;

  @BeforeEach
  void start() {
    TierPrice price = new TierPrice(new BigDecimal("1.0"), new BigDecimal("0.5"));
    BillingModel model =
        new BillingModel(
            BillingModelNumber.of("0001"),
            price,
            price,
            price,
            price,
            0,
            Collections.nCopies(48, Tier.FLAT));
    platform = new StubPlatform(0, model, Clock.system(SimulatorConfig.CHINA));
  }

  @AfterEach
  void stop() {
    simulator.close();
    platform.close();
  }

  private VirtualPile pile(boolean groundLocks) throws Exception {
    simulator =
        new Simulator(
            SimulatorConfig.builder()
                .port(platform.port())
                .guns(2)
                .groundLocks(groundLocks)
                .lockStatusInterval(Duration.ofMillis(300))
                .ioThreads(1)
                .build());
    VirtualPile pile = simulator.addPile(PILE);
    assertThat(await(pile.connect()).accepted()).isTrue();
    return pile;
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS);
  }

  /** Sends a lock command and returns the answer to it, not an earlier one. */
  private GroundLockResult command(int gun, LockAction action) throws Exception {
    List<PileMessage> before = platform.received();
    await(platform.send(PILE, new GroundLockCommand(PILE, gun, action, Bytes.zeros(4))));
    return await(
        platform.received(
            GroundLockResult.class, r -> before.stream().noneMatch(earlier -> earlier == r)));
  }

  private GroundLockStatus status(Predicate<GroundLockStatus> condition) throws Exception {
    return await(platform.received(GroundLockStatus.class, condition));
  }

  @Test
  void eachLockReportsAtLoginAndAgainEveryInterval() throws Exception {
    pile(true);

    GroundLockStatus first = status(s -> s.gun() == 1);
    assertThat(first.lockState().is(LockState.LOWERED)).isTrue();
    assertThat(first.parkingSpace().is(ParkingSpaceState.EMPTY)).isTrue();
    assertThat(first.batteryPercent()).isEqualTo(100);
    assertThat(first.alarm().is(LockAlarm.NONE)).isTrue();
    status(s -> s.gun() == 2);
    await(
        platform.received(
            GroundLockStatus.class,
            s -> s.gun() == 1 && platform.received().stream().filter(first::equals).count() >= 2));
  }

  @Test
  void raise_succeedsOverAnEmptyBay_andIsRefusedWhileAVehicleIsThere() throws Exception {
    VirtualPile pile = pile(true);

    assertThat(command(1, LockAction.RAISE).success()).isTrue();
    status(s -> s.gun() == 1 && s.lockState().is(LockState.RAISED));
    assertThat(await(pile.groundLock(1)).lockState().is(LockState.RAISED)).isTrue();

    assertThat(command(2, LockAction.LOWER).success()).isTrue();
    await(pile.vehicleArrives(2));
    status(s -> s.gun() == 2 && s.parkingSpace().is(ParkingSpaceState.OCCUPIED));
    assertThat(command(2, LockAction.RAISE).success()).isFalse();
    status(s -> s.gun() == 2 && s.alarm().is(LockAlarm.RAISE_LOWER_FAILED));
    assertThat(await(pile.groundLock(2)).lockState().is(LockState.LOWERED)).isTrue();
  }

  @Test
  void aPileWithoutLocks_reportsNone_andFailsEveryCommand() throws Exception {
    pile(false);

    assertThat(command(1, LockAction.LOWER).success()).isFalse();
    assertThat(platform.received()).noneMatch(GroundLockStatus.class::isInstance);
  }
}
