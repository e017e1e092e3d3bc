package cn.evpark.web.card;

import cn.evpark.card.CardKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** 电子卡管理 (manual 7.2). */
@Named
@ViewScoped
public class ECardsPage extends CardsPage {

  private static final long serialVersionUID = 1L;

  @Override
  protected CardKind kind() {
    return CardKind.E_CARD;
  }
}
