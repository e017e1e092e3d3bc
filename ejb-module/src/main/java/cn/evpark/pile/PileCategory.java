package cn.evpark.pile;

/** 桩分类: a pile open to every driver (公用), or kept for its owner (私用). */
public enum PileCategory {
  PUBLIC,
  PRIVATE
}
