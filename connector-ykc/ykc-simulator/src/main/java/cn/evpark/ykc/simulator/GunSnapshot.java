package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.GunStatus;
import java.math.BigDecimal;

/**
 * One gun of a {@link VirtualPile} at a moment.
 *
 * @param gun the gun number
 * @param status what the gun reports in 0x13
 * @param plugged true if plugged into a vehicle
 * @param transactionSerial the running session, {@link TransactionSerial#NONE} when idle
 * @param energy energy of the running session, kWh at 4 decimals
 * @param amount amount of the running session, yuan at 4 decimals
 */
public record GunSnapshot(
    int gun,
    GunStatus status,
    boolean plugged,
    TransactionSerial transactionSerial,
    BigDecimal energy,
    BigDecimal amount) {}
