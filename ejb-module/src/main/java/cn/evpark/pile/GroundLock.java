package cn.evpark.pile;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The ground lock (地锁) at one gun's bay, as it last reported itself (0x61, {@code ykc-protocol.md
 * §8.5}). The codes are the frame's bytes as sent; {@link GroundLockView} reads them. Created by
 * the lock's first report, updated by every later one; goes with its pile.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "ground_lock")
public class GroundLock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "pile_id", nullable = false)
  private long pileId;

  @Column(nullable = false)
  private int gun;

  /** 0x00 not in position, 0x55 raised, 0xFF lowered. */
  @Column(name = "lock_state", nullable = false)
  private int lockState;

  /** 0x00 empty, 0xFF vehicle present. */
  @Column(name = "parking_space", nullable = false)
  private int parkingSpace;

  /** 0..100 %. */
  @Column(name = "battery_percent", nullable = false)
  private int batteryPercent;

  /** 0x00 none, 0x55 raise/lower failed, 0xFF arm damaged in standby. */
  @Column(nullable = false)
  private int alarm;

  /** UTC. */
  @Column(name = "reported_at", nullable = false)
  private LocalDateTime reportedAt;

  protected GroundLock() {}

  /** The lock of the pile's gun, first reported now. */
  GroundLock(long operatorId, long pileId, int gun) {
    this.operatorId = operatorId;
    this.pileId = pileId;
    this.gun = gun;
  }

  /**
   * Takes a report of this lock.
   *
   * @param at UTC
   */
  void reported(GroundLockStatus status, LocalDateTime at) {
    this.lockState = status.lockState().raw();
    this.parkingSpace = status.parkingSpace().raw();
    this.batteryPercent = status.batteryPercent();
    this.alarm = status.alarm().raw();
    this.reportedAt = Objects.requireNonNull(at);
  }

  public long getPileId() {
    return pileId;
  }

  public int getGun() {
    return gun;
  }

  /** What the page and the API show of it. */
  public GroundLockView view() {
    return GroundLockView.of(gun, lockState, parkingSpace, batteryPercent, alarm, reportedAt);
  }
}
