package cn.evpark.api.station;

import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.PaymentSettings;
import cn.evpark.station.Station;
import cn.evpark.station.StationDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station with its settings; the interconnection secrets are never shown. */
@Schema(name = "Station")
public record StationResponse(
    long id,
    long operatorId,
    String operatorName,
    StationDetails details,
    String fullAddress,
    @Schema(description = "联联对接 on, and the OperatorID (secrets are write-only)")
        boolean interconnectionEnabled,
    String interconnectionOperatorId,
    PaymentSettings payment,
    InvoiceSettings invoicing,
    boolean taxAccountAssigned) {

  static StationResponse of(Station station, String fullAddress) {
    Interconnection ic = station.interconnection();
    return new StationResponse(
        station.getId(),
        station.getOperator().getId(),
        station.getOperator().getName(),
        station.details(),
        fullAddress,
        ic.enabled(),
        ic.operatorId(),
        station.payment(),
        station.invoicing(),
        station.taxAccount().isPresent());
  }
}
