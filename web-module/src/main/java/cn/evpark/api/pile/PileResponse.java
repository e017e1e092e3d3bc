package cn.evpark.api.pile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered pile as the API shows it. */
@Schema(name = "Pile")
public record PileResponse(
    @Schema(description = "14-digit YKC pile code", example = "32010200000001") String code,
    @Schema(description = "station id") long stationId,
    @Schema(description = "station name") String stationName,
    @Schema(description = "AC or DC") String kind,
    @Schema(description = "number of guns") int guns,
    @Schema(description = "运营状态: whether the pile may log in and charge") boolean enabled,
    @Schema(description = "whether the pile has a logged-in YKC connection now") boolean online) {}
