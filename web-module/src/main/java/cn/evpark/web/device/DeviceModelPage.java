package cn.evpark.web.device;

import cn.evpark.pile.DeviceModel;
import cn.evpark.pile.DeviceModelDetails;
import cn.evpark.pile.DeviceModelService;
import cn.evpark.pile.DeviceProtocol;
import cn.evpark.pile.PileKind;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** 设备型号: the catalogue every pile form picks from; platform administrators add and delete. */
@Named
@ViewScoped
public class DeviceModelPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient DeviceModelService models;
  @Inject transient PageMessages feedback;

  private DeviceProtocol protocol = DeviceProtocol.YKC;
  private String name;
  private PileKind kind = PileKind.AC;
  private int gunCount = 1;
  private BigDecimal ratedPowerKw;

  @PageAction
  public void create() {
    models.create(new DeviceModelDetails(protocol, name, kind, gunCount, ratedPowerKw));
    feedback.info("deviceModel.created", name);
    name = null;
    ratedPowerKw = null;
  }

  @PageAction
  public void delete(long id) {
    models.delete(id);
    feedback.info("deviceModel.deleted");
  }

  public List<DeviceModel> getModels() {
    return models.listAll();
  }

  public DeviceProtocol[] getProtocols() {
    return DeviceProtocol.values();
  }

  public PileKind[] getKinds() {
    return PileKind.values();
  }

  public DeviceProtocol getProtocol() {
    return protocol;
  }

  public void setProtocol(DeviceProtocol protocol) {
    this.protocol = protocol;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PileKind getKind() {
    return kind;
  }

  public void setKind(PileKind kind) {
    this.kind = kind;
  }

  public int getGunCount() {
    return gunCount;
  }

  public void setGunCount(int gunCount) {
    this.gunCount = gunCount;
  }

  public BigDecimal getRatedPowerKw() {
    return ratedPowerKw;
  }

  public void setRatedPowerKw(BigDecimal ratedPowerKw) {
    this.ratedPowerKw = ratedPowerKw;
  }
}
