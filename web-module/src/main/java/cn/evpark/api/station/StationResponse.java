package cn.evpark.api.station;

import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.PaymentSettings;
import cn.evpark.station.Scenario;
import cn.evpark.station.Station;
import cn.evpark.station.StationDetails;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station with its settings; the interconnection secrets are never shown. */
@Schema(name = "Station")
public record StationResponse(
    long id,
    long operatorId,
    String operatorName,
    String name,
    String provinceCode,
    String cityCode,
    String districtCode,
    String address,
    @Schema(description = "division names and the street address") String fullAddress,
    BigDecimal latitude,
    BigDecimal longitude,
    Scenario scenario,
    String contactPhone,
    @Schema(description = "联联对接 on; the secrets are write-only") boolean interconnectionEnabled,
    String interconnectionOperatorId,
    boolean paymentEnabled,
    @Schema(description = "percent") BigDecimal channelFeePercent,
    boolean invoiceEnabled,
    String sellerName,
    String taxpayerId,
    boolean taxAccountAssigned) {

  static StationResponse of(Station station, String fullAddress) {
    StationDetails d = station.details();
    Interconnection ic = station.interconnection();
    PaymentSettings payment = station.payment();
    InvoiceSettings invoicing = station.invoicing();
    return new StationResponse(
        station.getId(),
        station.getOperator().getId(),
        station.getOperator().getName(),
        d.name(),
        d.provinceCode(),
        d.cityCode(),
        d.districtCode(),
        d.address(),
        fullAddress,
        d.latitude(),
        d.longitude(),
        d.scenario(),
        d.contactPhone(),
        ic.enabled(),
        ic.operatorId(),
        payment.enabled(),
        payment.channelFeePercent(),
        invoicing.enabled(),
        invoicing.sellerName(),
        invoicing.taxpayerId(),
        station.taxAccount().isPresent());
  }
}
