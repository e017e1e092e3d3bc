package cn.evpark.web.home;

import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.station.StationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Home (首页): what the stations in scope look like right now. */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient StationService stations;
  @EJB transient PileService piles;
  @EJB transient PileLiveStates live;

  private long stationCount;
  private long pileCount;
  private long pilesOnline;

  @PostConstruct
  void load() {
    stationCount = stations.count();
    pileCount = piles.count();
    pilesOnline = live.online().size();
  }

  public long getStationCount() {
    return stationCount;
  }

  public long getPileCount() {
    return pileCount;
  }

  public long getPilesOnline() {
    return pilesOnline;
  }
}
