package cn.evpark.invoice;

import java.util.Map;

/**
 * The tax platform that issues fully digitalised e-invoices (全电发票) from a station's tax account
 * (money.md §8): invoice settlement hands it batches and asks what became of them. The one seam to
 * it; {@link HttpTaxPlatform} is the implementation.
 *
 * <p>Contract: {@link TaxSubmission#batchNo()} is the platform's key for a batch, so submitting a
 * batch again (after a run killed between sending and recording it) answers for the batch already
 * taken and issues nothing twice.
 */
public interface TaxPlatform {

  /**
   * Hands a batch over.
   *
   * @throws TaxPlatformUnavailableException when the platform cannot be reached or fails (5xx): the
   *     batch stays pending and is sent again by the next run
   * @throws TaxPlatformRefusedException when the platform refuses the batch (4xx): final
   */
  void submit(TaxSubmission batch);

  /**
   * What became of a batch handed over.
   *
   * @throws TaxPlatformUnavailableException when the platform cannot be reached or fails
   */
  Outcome outcome(String batchNo);

  /** The platform's word on a batch. */
  enum Progress {
    /** Still being issued. */
    PROCESSING,
    /** Every invoice issued. */
    ISSUED,
    /** Not issued, for {@link Outcome#reason()}. */
    FAILED
  }

  /**
   * @param numbers the 发票号码 of each invoice by our invoice number ({@code IV…}), when issued
   * @param reason why it failed, else empty
   */
  record Outcome(Progress progress, Map<String, String> numbers, String reason) {
    public Outcome {
      numbers = Map.copyOf(numbers);
      reason = reason == null ? "" : reason;
    }
  }
}
