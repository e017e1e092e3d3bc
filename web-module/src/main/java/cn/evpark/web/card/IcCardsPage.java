package cn.evpark.web.card;

import cn.evpark.card.CardKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** 实体卡管理 (manual 7.3): a USB IC card reader types the chip's number into 卡号. */
@Named
@ViewScoped
public class IcCardsPage extends CardsPage {

  private static final long serialVersionUID = 1L;

  @Override
  protected CardKind kind() {
    return CardKind.IC_CARD;
  }
}
