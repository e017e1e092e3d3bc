package cn.evpark.ykc.protocol.message;

/** Why a start at the pile was refused, 0x32/0xA2 byte 37 (§10.4). */
public enum AuthFailureReason implements Coded {
  NONE(0x00, "none (authorised)"),
  ACCOUNT_NOT_FOUND(0x01, "account does not exist"),
  ACCOUNT_FROZEN(0x02, "account frozen"),
  INSUFFICIENT_BALANCE(0x03, "insufficient balance"),
  CARD_HAS_UNSETTLED_RECORD(0x04, "card has an unsettled record"),
  PILE_DISABLED(0x05, "pile disabled"),
  ACCOUNT_NOT_ALLOWED_AT_PILE(0x06, "this account may not charge at this pile"),
  WRONG_PASSWORD(0x07, "wrong password"),
  STATION_CAPACITY_INSUFFICIENT(0x08, "station capacity insufficient"),
  VIN_UNKNOWN(0x09, "VIN not known to the system"),
  PILE_HAS_UNSETTLED_RECORD(0x0A, "pile has an unsettled record"),
  CARD_PAYMENT_UNSUPPORTED(0x0B, "pile does not support card payment");

  private final int code;
  private final String description;

  AuthFailureReason(int code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public int code() {
    return code;
  }

  /** What the code means, in English. */
  public String description() {
    return description;
  }
}
