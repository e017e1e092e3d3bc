package cn.evpark.parking;

/** What a parking device saw at a bay ({@code parking.md §1}). */
public enum BayEventKind {
  /** A bay camera saw a plate enter the bay (驶入). */
  VEHICLE_IN,
  /** A bay camera saw a plate leave the bay (驶出). */
  VEHICLE_OUT,
  /** A lock or barrier at the bay reports it is raised (升锁): the bay is closed. */
  LOCK_RAISED,
  /** A lock or barrier at the bay reports it is lowered (降锁): the bay is open. */
  LOCK_LOWERED;

  /** Whether a camera reports it, with a plate. */
  public boolean seesVehicle() {
    return this == VEHICLE_IN || this == VEHICLE_OUT;
  }
}
