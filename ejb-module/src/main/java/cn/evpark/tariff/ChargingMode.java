package cn.evpark.tariff;

/** How a station's charging is priced (费率设置 充电费设置); the station list's 充电费 column. */
public enum ChargingMode {
  /** No standard chosen yet (未配置): its piles get no billing model and cannot charge. */
  NOT_CONFIGURED,
  /** By the chosen charging fee standard (已配置). */
  STANDARD,
  /** Free (免费): every order costs 0. */
  FREE
}
