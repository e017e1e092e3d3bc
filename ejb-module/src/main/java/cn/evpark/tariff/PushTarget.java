package cn.evpark.tariff;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModel;

/**
 * A pile and the model it must hold.
 *
 * @param pileId the pile's id
 * @param pileCode its code
 * @param model its model
 */
public record PushTarget(long pileId, PileCode pileCode, BillingModel model) {}
