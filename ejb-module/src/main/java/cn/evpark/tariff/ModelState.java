package cn.evpark.tariff;

/** Whether a pile holds the billing model its station's tariff asks for. */
public enum ModelState {
  /** It holds the current model. */
  UP_TO_DATE,
  /** It holds another model, or none, or the platform does not know which. */
  OUT_OF_DATE,
  /** Its station has no charging fee standard and is not free: there is no model to give. */
  NO_TARIFF
}
