package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;

/** A driver request whose Idempotency-Key is missing, empty or longer than 64 characters. */
public class InvalidIdempotencyKeyException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidIdempotencyKeyException() {
    super("request.idempotencyKey", "the Idempotency-Key header (1 to 64 characters) is required");
  }
}
