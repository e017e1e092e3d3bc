package cn.evpark.web.pile;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The pile list (充电桩) with each pile's connection state. */
@Named
@ViewScoped
public class PileListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the table. */
  public record Row(
      String code, String station, String kind, int guns, boolean enabled, boolean online)
      implements Serializable {}

  @EJB transient PileService piles;
  @EJB transient PileLiveStates live;

  private List<Row> rows;

  @PostConstruct
  void load() {
    Map<PileCode, PileLiveState> online = live.online();
    rows =
        piles.listAll().stream()
            .map(
                (Pile p) ->
                    new Row(
                        p.getCode().value(),
                        p.getStation().getName(),
                        p.getKind().name(),
                        p.getGunCount(),
                        p.isEnabled(),
                        online.containsKey(p.getCode())))
            .toList();
  }

  public void refresh() {
    load();
  }

  public List<Row> getRows() {
    return rows;
  }
}
