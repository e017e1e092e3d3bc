package cn.evpark.card;

import cn.evpark.shared.Money;
import cn.evpark.wallet.TransactionKind;
import java.time.LocalDateTime;

/**
 * One line of a card's 记录: an entry of its ledger account (money.md §2).
 *
 * @param postedAt UTC
 * @param amount yuan; positive credits the card, negative debits it
 * @param balanceAfter yuan
 * @param reason staff's reason, or null
 * @param postedBy the staff account, or "platform"
 */
public record CardLine(
    LocalDateTime postedAt,
    TransactionKind kind,
    Money amount,
    Money balanceAfter,
    String reason,
    String postedBy) {}
