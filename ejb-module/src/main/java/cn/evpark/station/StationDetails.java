package cn.evpark.station;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the 新增/编辑 form of a station says (manual 3.1).
 *
 * <p>Coordinates are WGS-84 degrees with up to 6 decimals, inside the bounding box of China
 * (latitude 3.5–53.6 N, longitude 73.4–135.1 E): a station elsewhere is a typing error.
 *
 * @param name 电站名称, e.g. 上海市黄浦区联谊大厦充电站
 * @param provinceCode province (GB/T 2260)
 * @param cityCode city within the province
 * @param districtCode district within the city
 * @param address 详细地址
 * @param latitude 纬度
 * @param longitude 经度
 * @param scenario 场景
 * @param contactPhone 联系电话: the station manager's mobile number
 */
public record StationDetails(
    @NotBlank @Size(max = 100) String name,
    @NotNull @Pattern(regexp = Formats.DIVISION) String provinceCode,
    @NotNull @Pattern(regexp = Formats.DIVISION) String cityCode,
    @NotNull @Pattern(regexp = Formats.DIVISION) String districtCode,
    @NotBlank @Size(max = 255) String address,
    @NotNull @DecimalMin("3.5") @DecimalMax("53.6") @Digits(integer = 2, fraction = 6)
        BigDecimal latitude,
    @NotNull @DecimalMin("73.4") @DecimalMax("135.1") @Digits(integer = 3, fraction = 6)
        BigDecimal longitude,
    @NotNull Scenario scenario,
    @NotNull @Pattern(regexp = Formats.MOBILE) String contactPhone)
    implements Serializable {}
