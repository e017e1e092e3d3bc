package cn.evpark.pile;

/**
 * The remote operations of the pile list (manual 4.3, and the ground locks of parking.md §1) whose
 * answers a page waits for.
 */
public enum RemoteCommandKind {
  /** 重启: YKC 0x92, answered by 0x91 (ykc-protocol.md §8.3). */
  RESTART,
  /** 同步时间: YKC 0x56, answered by 0x55 with the time the pile set. */
  TIME_SYNC,
  /** 桩二维码下发: the pile's QR-code prefix (YKC 0xF0, answered by 0xF1, §8.6). */
  PILE_QR_PUSH,
  /** 枪二维码下发: the guns' QR-code prefix (0xF0), one code per gun. */
  GUN_QR_PUSH,
  /** 升锁: raises one gun's ground lock (0x62, answered by 0x63, §8.5). */
  LOCK_RAISE,
  /** 降锁: lowers one gun's ground lock (0x62, answered by 0x63, §8.5). */
  LOCK_LOWER
}
