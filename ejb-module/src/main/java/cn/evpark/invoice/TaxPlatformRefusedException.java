package cn.evpark.invoice;

/** The tax platform refused a batch, for the reason it gave; the batch fails. */
public class TaxPlatformRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaxPlatformRefusedException(String reason) {
    super(reason);
  }
}
