package cn.evpark.invoice;

/**
 * Who the invoice is made out to (发票抬头类型, money.md §8): a person (个人) needs only a title; a company
 * (企业) also its taxpayer id (纳税人识别号), which the tax platform prints on the invoice.
 */
public enum BuyerType {
  /** 个人. */
  PERSONAL,
  /** 企业: requires the buyer's unified social credit code. */
  COMPANY
}
