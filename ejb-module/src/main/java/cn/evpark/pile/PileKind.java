package cn.evpark.pile;

/** Whether a pile delivers alternating (交流) or direct (直流) current. */
public enum PileKind {
  AC,
  DC
}
