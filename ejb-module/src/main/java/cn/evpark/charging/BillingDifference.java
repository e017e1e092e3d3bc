package cn.evpark.charging;

import cn.evpark.ykc.protocol.PileCode;

/**
 * A settled order whose pile billed more than 0.01 yuan away from the platform's list price
 * (money.md §4.6): the pile gets its billing model again.
 *
 * @param pileCode the pile
 * @param orderNo the order flagged 计费差异
 */
public record BillingDifference(PileCode pileCode, String orderNo) {}
