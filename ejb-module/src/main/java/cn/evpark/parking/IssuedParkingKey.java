package cn.evpark.parking;

import java.io.Serializable;

/**
 * A parking-device key as issued: the only time its secret is shown ({@code parking.md §1}).
 *
 * @param secret 43 characters (32 random bytes, base64url): the HMAC key of {@link
 *     ParkingSignature}
 */
public record IssuedParkingKey(ParkingKeyInfo key, String secret) implements Serializable {

  @Override
  public String toString() {
    return "IssuedParkingKey[" + key + ", secret hidden]";
  }
}
