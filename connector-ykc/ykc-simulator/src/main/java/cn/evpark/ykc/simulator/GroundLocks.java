package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.GroundLockResult;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import cn.evpark.ykc.protocol.message.LockAction;
import cn.evpark.ykc.protocol.message.LockAlarm;
import cn.evpark.ykc.protocol.message.LockState;
import cn.evpark.ykc.protocol.message.ParkingSpaceState;
import java.util.function.BooleanSupplier;

/**
 * The ground (parking) locks at the guns' bays ({@code ykc-protocol.md §8.5}), one per gun when
 * {@link SimulatorConfig#groundLocks()} is on. Each starts lowered over an empty bay with a full
 * battery, and reports its status (0x61) at login, on every change and every {@link
 * SimulatorConfig#lockStatusInterval()}.
 *
 * <p>A lock command (0x62) is answered (0x63) as a real lock does: lowering always succeeds;
 * raising fails while a vehicle is in the bay (the arm would hit it), raising the alarm
 * "raise/lower failed" until the next successful move. A pile without locks answers every command
 * with a failure.
 *
 * <p>Runs on: the pile's event loop.
 */
final class GroundLocks implements Capability {

  private final PileCode code;
  private final PileLink link;
  private final BooleanSupplier loggedIn;
  private final long interval;
  private final Lock[] locks;

  GroundLocks(SimulatorConfig config, PileCode code, PileLink link, BooleanSupplier loggedIn) {
    this.code = code;
    this.link = link;
    this.loggedIn = loggedIn;
    this.interval = config.lockStatusInterval().toMillis();
    this.locks = new Lock[config.groundLocks() ? config.guns() : 0];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Lock();
    }
  }

  @Override
  public void register(Downlink downlink) {
    downlink.on(
        GroundLockCommand.class,
        (frame, command) -> {
          int gun = command.gun();
          boolean lock = gun >= 1 && gun <= locks.length;
          boolean done = lock && move(locks[gun - 1], command.action());
          link.reply(frame, new GroundLockResult(code, gun, done, Bytes.zeros(4)));
          if (lock) {
            // after the answer, as a lock reports the position it reached
            report(gun);
          }
        });
  }

  @Override
  public void loggedIn(ConnectionTasks tasks) {
    if (locks.length == 0) {
      return;
    }
    reportAll();
    tasks.every(this::reportAll, interval);
  }

  /** A vehicle enters ({@code present}) or leaves the gun's bay; reported at once. */
  void vehicle(int gun, boolean present) {
    Lock lock = at(gun);
    lock.vehicle = present;
    report(gun);
  }

  /** The gun's lock as its next 0x61 would report it. */
  GroundLockStatus status(int gun) {
    Lock lock = at(gun);
    return new GroundLockStatus(
        code,
        gun,
        Code.of(lock.state),
        Code.of(lock.vehicle ? ParkingSpaceState.OCCUPIED : ParkingSpaceState.EMPTY),
        lock.battery,
        Code.of(lock.alarm),
        Bytes.zeros(4));
  }

  private static boolean move(Lock lock, LockAction action) {
    boolean raise = action == LockAction.RAISE;
    if (raise && lock.vehicle) {
      lock.alarm = LockAlarm.RAISE_LOWER_FAILED;
      return false;
    }
    lock.state = raise ? LockState.RAISED : LockState.LOWERED;
    lock.alarm = LockAlarm.NONE;
    return true;
  }

  private void reportAll() {
    for (int gun = 1; gun <= locks.length; gun++) {
      report(gun);
    }
  }

  private void report(int gun) {
    if (loggedIn.getAsBoolean()) {
      link.send(status(gun));
    }
  }

  private Lock at(int gun) {
    if (gun < 1 || gun > locks.length) {
      throw new IllegalArgumentException("no ground lock at gun " + gun + " of " + code);
    }
    return locks[gun - 1];
  }

  /** One lock's state. */
  private static final class Lock {
    LockState state = LockState.LOWERED;
    LockAlarm alarm = LockAlarm.NONE;
    boolean vehicle;
    int battery = 100;
  }
}
