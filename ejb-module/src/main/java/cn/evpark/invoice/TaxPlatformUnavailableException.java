package cn.evpark.invoice;

/** The tax platform could not be reached or failed; what was asked is asked again later. */
public class TaxPlatformUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaxPlatformUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
