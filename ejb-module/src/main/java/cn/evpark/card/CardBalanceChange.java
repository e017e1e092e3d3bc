package cn.evpark.card;

import cn.evpark.shared.Money;
import cn.evpark.ykc.protocol.PhysicalCardNumber;

/**
 * A card's balance changed by staff (充值, 退款), fired in that transaction; after its commit a session
 * the card pays for learns the new balance (0x42, ykc-protocol.md §7.9).
 *
 * @param accountId the card's ledger account
 * @param physical the IC card's physical number, {@link PhysicalCardNumber#NONE} for an e-card
 * @param balance the new balance, yuan
 */
public record CardBalanceChange(long accountId, PhysicalCardNumber physical, Money balance) {}
