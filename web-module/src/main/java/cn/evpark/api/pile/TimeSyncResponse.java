package cn.evpark.api.pile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clock a pile reports after a time sync. */
@Schema(name = "TimeSync")
public record TimeSyncResponse(
    String code,
    @Schema(description = "the pile's local time now (China time), ISO-8601") String pileTime) {}
