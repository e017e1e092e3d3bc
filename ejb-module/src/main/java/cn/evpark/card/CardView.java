package cn.evpark.card;

import cn.evpark.shared.Money;
import java.time.LocalDateTime;

/**
 * A card as its list shows it (manual 7.2–7.3: 电站名称, 状态, 用户名/手机号, 卡号, 余额, 发卡时间).
 *
 * @param balance yuan, the card's ledger account's
 * @param physicalNumber the IC card's number as printed (leading zeros stripped); null for e-cards
 * @param issuedAt UTC
 */
public record CardView(
    long id,
    CardKind kind,
    String cardNumber,
    String physicalNumber,
    long stationId,
    String stationName,
    long driverId,
    String phone,
    CardStatus status,
    Money balance,
    String remarks,
    LocalDateTime issuedAt) {}
