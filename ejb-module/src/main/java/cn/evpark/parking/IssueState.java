package cn.evpark.parking;

/** 下发状态 of a reduction order towards the parking system ({@code parking.md §4}). */
public enum IssueState {
  /** 待下发: written, waiting for its (next) attempt. */
  PENDING,
  /** 已下发: the parking system took it. */
  SENT,
  /** 下发失败: every attempt failed; staff may issue it again. */
  FAILED
}
