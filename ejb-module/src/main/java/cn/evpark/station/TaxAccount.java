package cn.evpark.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * 全电账号: the account of the electronic tax bureau (电子税务局) the station's fully digitalised e-invoices
 * (全电发票) are issued from, and the tax officer (办税人员) who holds it. No password is stored: issuing
 * signs in through the tax bureau's own confirmation.
 *
 * @param account the login account, 6–64 characters
 * @param holder 办税人员 name
 * @param phone 办税人员 mobile number
 */
public record TaxAccount(
    @NotBlank @Size(min = 6, max = 64) String account,
    @NotBlank @Size(max = 50) String holder,
    @NotBlank @Pattern(regexp = Formats.MOBILE) String phone)
    implements Serializable {}
