package cn.evpark.api.tariff;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total how many there are in all
 * @param items this page's
 */
public record PageResponse<T>(long total, List<T> items) {}
