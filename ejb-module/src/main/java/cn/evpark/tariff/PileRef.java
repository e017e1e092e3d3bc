package cn.evpark.tariff;

import cn.evpark.ykc.protocol.PileCode;

/**
 * What the tariff feature needs to know of a pile: which it is and where.
 *
 * @param id the pile's id
 * @param code its code
 * @param stationId its station
 * @param stationName the station's name
 */
public record PileRef(long id, PileCode code, long stationId, String stationName) {}
