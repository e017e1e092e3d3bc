package cn.evpark.pile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A device model (设备型号) as its form says.
 *
 * @param protocol protocol family
 * @param name the model, unique within the protocol
 * @param kind AC or DC
 * @param gunCount number of guns, 1–8 (a YKC gun number is one byte, but no pile has more)
 * @param ratedPowerKw rated power in kW, up to 2 decimals
 */
public record DeviceModelDetails(
    @NotNull DeviceProtocol protocol,
    @NotBlank @Size(max = 64) String name,
    @NotNull PileKind kind,
    @Min(1) @Max(8) int gunCount,
    @NotNull @DecimalMin("0.01") @DecimalMax("2000.00") @Digits(integer = 4, fraction = 2)
        BigDecimal ratedPowerKw)
    implements Serializable {}
