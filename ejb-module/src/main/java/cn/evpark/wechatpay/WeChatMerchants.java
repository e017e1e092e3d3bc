package cn.evpark.wechatpay;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Operator;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The operators' WeChat Pay merchants (money.md §6): administrators of the platform or of the
 * operator set them; staff who may see the operator read them without secrets.
 */
@Stateless
public class WeChatMerchants {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;

  /**
   * Sets the operator's merchant, replacing every setting and public key before.
   *
   * @throws NotFoundException when the operator is outside the caller's scope or does not exist
   * @throws AccessDeniedException for a read-only account
   * @throws InvalidMerchantSettingsException when a public key serial belongs to another operator
   */
  public MerchantView configure(long operatorId, MerchantSettings settings) {
    callers.forChange().check(operatorId, "operator.notFound");
    if (em.find(Operator.class, operatorId) == null) {
      throw new NotFoundException("operator.notFound", "no operator " + operatorId);
    }
    for (String serial : settings.publicKeys().keySet()) {
      Optional<Long> owner = ownerOfSerial(serial);
      if (owner.isPresent() && owner.get() != operatorId) {
        throw new InvalidMerchantSettingsException(
            "the public key " + serial + " is another operator's");
      }
    }
    WeChatMerchant merchant = em.find(WeChatMerchant.class, operatorId);
    if (merchant == null) {
      merchant =
          new WeChatMerchant(operatorId, settings, BusinessCalendar.toStored(clock.instant()));
      em.persist(merchant);
    } else {
      merchant.change(settings, BusinessCalendar.toStored(clock.instant()));
    }
    em.flush();
    return merchant.view();
  }

  /**
   * The operator's merchant without secrets.
   *
   * @throws NotFoundException when the operator is outside the caller's scope or has no merchant
   */
  public MerchantView view(long operatorId) {
    callers.current().check(operatorId, "operator.notFound");
    return Optional.ofNullable(em.find(WeChatMerchant.class, operatorId))
        .map(WeChatMerchant::view)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "wechatpay.merchant.notFound", "operator " + operatorId + " has no merchant"));
  }

  /**
   * The operator's merchant with its secrets, for this feature's own use: no caller scope, never
   * for pages or APIs ({@link #view} is theirs).
   */
  public Optional<WeChatMerchant> of(long operatorId) {
    return Optional.ofNullable(em.find(WeChatMerchant.class, operatorId));
  }

  /**
   * The merchant one of whose WeChat Pay public keys has this serial: how a notice's {@code
   * Wechatpay-Serial} picks the operator whose keys verify it (serials are unique on the platform).
   */
  public Optional<WeChatMerchant> byPublicKeySerial(String serial) {
    return ownerOfSerial(serial).map(id -> em.find(WeChatMerchant.class, id));
  }

  private Optional<Long> ownerOfSerial(String serial) {
    @SuppressWarnings("unchecked")
    List<Object> owners =
        em.createNativeQuery("SELECT operator_id FROM wechat_pay_public_key WHERE serial = ?")
            .setParameter(1, serial)
            .getResultList();
    return owners.stream().findFirst().map(o -> ((Number) o).longValue());
  }
}
