package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.operator.Scope;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import java.util.List;

/** The operator a new standard or rule belongs to. */
final class Owners {

  private Owners() {}

  /**
   * Operator staff create for their own operator; a platform administrator names the operator.
   *
   * @return the owner, or null when a platform-wide caller named none (a rule broken in {@code
   *     broken})
   * @throws NotFoundException when the named operator does not exist or is not the caller's
   */
  static Operator of(
      Scope scope, Long operatorId, OperatorService operators, List<RuleViolation> broken) {
    if (scope.operatorId().isPresent()) {
      long own = scope.operatorId().get();
      if (operatorId != null && operatorId != own) {
        throw new NotFoundException("operator.notFound", "no operator " + operatorId);
      }
      return operators.find(own).orElseThrow();
    }
    if (operatorId == null) {
      broken.add(
          Rules.broken("operatorId", "tariff.operator.required", "the operator is required"));
      return null;
    }
    return operators
        .find(operatorId)
        .orElseThrow(() -> new NotFoundException("operator.notFound", "no operator " + operatorId));
  }
}
