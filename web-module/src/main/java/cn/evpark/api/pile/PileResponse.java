package cn.evpark.api.pile;

import cn.evpark.pile.GroundLockView;
import cn.evpark.pile.PileRow;
import cn.evpark.shared.BusinessCalendar;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered pile as the API shows it, with each gun's state and each ground lock's right now.
 */
@Schema(name = "Pile")
public record PileResponse(
    long id,
    @Schema(description = "14-digit YKC pile code", example = "32010200000001") String code,
    @Schema(description = "station id") long stationId,
    @Schema(description = "station name") String stationName,
    @Schema(description = "device model") String model,
    @Schema(description = "AC or DC") String kind,
    @Schema(description = "number of guns") int guns,
    @Schema(description = "启动充电最低金额, yuan") BigDecimal minStartAmount,
    @Schema(description = "运营状态: whether the pile may charge") boolean enabled,
    @Schema(description = "PUBLIC (公用) or PRIVATE (私用)") String category,
    String bayNumber,
    String bayName,
    @Schema(description = "whether the pile has a logged-in YKC connection now") boolean online,
    @Schema(description = "state of gun 1, 2, …: OFFLINE, IDLE, PLUGGED, CHARGING, FAULT")
        List<String> gunStates,
    @Schema(
            description =
                "YKC version the pile reported at its last login, e.g. 1.7; empty before its first")
        String protocolVersion,
    @Schema(description = "false when the platform does not know that version (the page flags it)")
        boolean protocolVersionKnown,
    @Schema(description = "the ground locks (地锁) at its bays that ever reported, by gun")
        List<GroundLock> groundLocks) {

  /** A ground lock as it last reported itself (YKC 0x61). */
  @Schema(name = "GroundLock")
  public record GroundLock(
      @Schema(description = "the gun whose bay it closes, from 1") int gun,
      @Schema(description = "RAISED (升锁), LOWERED (降锁), NOT_IN_POSITION, or 0xNN") String lockState,
      @Schema(description = "whether its sensor sees a vehicle in the bay") boolean vehiclePresent,
      @Schema(description = "battery, 0..100 %") int batteryPercent,
      @Schema(description = "NONE, RAISE_LOWER_FAILED, ARM_DAMAGED, or 0xNN") String alarm,
      @Schema(
              description = "when the report came, Asia/Shanghai",
              example = "2026-12-01T08:00+08:00")
          String reportedAt) {

    static GroundLock of(GroundLockView lock) {
      return new GroundLock(
          lock.gun(),
          lock.lockState(),
          lock.vehiclePresent(),
          lock.batteryPercent(),
          lock.alarm(),
          BusinessCalendar.iso(lock.reportedAt()));
    }
  }

  static PileResponse of(PileRow row) {
    return new PileResponse(
        row.id(),
        row.code(),
        row.stationId(),
        row.stationName(),
        row.modelName(),
        row.kind().name(),
        row.gunCount(),
        row.minStartAmount(),
        row.enabled(),
        row.category().name(),
        row.bayNumber(),
        row.bayName(),
        row.online(),
        row.guns().stream().map(Enum::name).toList(),
        row.protocolVersion(),
        row.protocolVersionKnown(),
        row.groundLocks().stream().map(GroundLock::of).toList());
  }
}
