package cn.evpark.ykc.simulator;

/**
 * Reply latencies of one request type, in milliseconds.
 *
 * @param count replies received
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param max slowest
 */
public record LatencySummary(long count, double p50, double p90, double p99, double max) {}
