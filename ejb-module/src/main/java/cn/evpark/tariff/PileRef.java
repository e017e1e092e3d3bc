package cn.evpark.tariff;

import cn.evpark.ykc.protocol.PileCode;

/**
 * What the tariff feature needs to know of a pile: where it is and whose it is.
 *
 * @param id the pile's id
 * @param code its code
 * @param stationId its station
 * @param stationName the station's name
 * @param operatorId the station's operator
 */
public record PileRef(
    long id, PileCode code, long stationId, String stationName, long operatorId) {}
