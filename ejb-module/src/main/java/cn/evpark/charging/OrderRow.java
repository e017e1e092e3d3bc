package cn.evpark.charging;

/**
 * One order as staff see it in the list: the order with its station's name and the driver's phone
 * (empty when no driver paid: offline charging).
 */
public record OrderRow(ChargingOrder order, String stationName, String phone) {}
