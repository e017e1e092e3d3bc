package cn.evpark.web.station;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.overview.StationList;
import cn.evpark.overview.StationPage;
import cn.evpark.overview.StationRow;
import cn.evpark.station.AdministrativeDivisions;
import cn.evpark.station.AdministrativeDivisions.Division;
import cn.evpark.station.Scenario;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The station list (电站) with its dialogs, each with its form: 新增/编辑 ({@link StationForm}), 设置 and
 * 平台配置 ({@link StationSettingsForm}), 全电账号 ({@link TaxAccountForm}), and 删除, which says why a
 * station stays.
 */
@Named
@ViewScoped
public class StationListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient StationService stations;
  @EJB transient StationList list;
  @EJB transient OperatorService operators;
  @Inject transient AdministrativeDivisions divisions;
  @Inject transient PageMessages feedback;

  private String search = "";
  private final PagedModel<StationRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<StationRow> fetch(int first, int size) {
          StationPage page = list.page(search, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(StationRow row) {
          return Long.toString(row.id());
        }
      };

  private StationForm station = StationForm.blank();
  private StationSettingsForm settings = StationSettingsForm.none();
  private TaxAccountForm taxAccount = TaxAccountForm.none();

  public void startNew() {
    station = StationForm.blank();
  }

  @PageAction
  public void startEdit(long id) {
    station = StationForm.of(id, stations.get(id).details());
  }

  @PageAction
  public void save() {
    if (station.isNew()) {
      stations.create(station.getOperatorId(), station.details());
      feedback.info("station.created", station.getName());
    } else {
      stations.edit(station.getStationId(), station.details());
      feedback.info("station.saved", station.getName());
    }
    PrimeFaces.current().executeScript("PF('stationDialog').hide()");
  }

  @PageAction
  public void startSettings(long id) {
    settings = StationSettingsForm.of(stations.get(id));
  }

  @PageAction
  public void saveInterconnection() {
    stations.configureInterconnection(
        settings.getStationId(), settings.getInterconnection().settings());
    feedback.info("station.settings.saved", settings.getStationName());
  }

  @PageAction
  public void savePayment() {
    stations.configurePayment(settings.getStationId(), settings.getPayment().settings());
    feedback.info("station.settings.saved", settings.getStationName());
  }

  @PageAction
  public void saveInvoicing() {
    stations.configureInvoicing(settings.getStationId(), settings.getInvoicing().settings());
    feedback.info("station.settings.saved", settings.getStationName());
  }

  @PageAction
  public void startTaxAccount(long id) {
    taxAccount = TaxAccountForm.of(stations.get(id));
  }

  @PageAction
  public void saveTaxAccount() {
    stations.assignTaxAccount(taxAccount.getStationId(), taxAccount.taxAccount());
    feedback.info("station.settings.saved", taxAccount.getStationName());
    PrimeFaces.current().executeScript("PF('taxAccountDialog').hide()");
  }

  /** 删除: the service always refuses, and the message says why. */
  @PageAction
  public void delete(long id) {
    stations.delete(id);
  }

  public List<Division> getProvinces() {
    return divisions.provinces();
  }

  public List<Division> getCities() {
    return divisions.within(station.getProvinceCode());
  }

  public List<Division> getDistricts() {
    return divisions.within(station.getCityCode());
  }

  public List<Operator> getOperators() {
    return operators.listAll();
  }

  public Scenario[] getScenarios() {
    return Scenario.values();
  }

  public PagedModel<StationRow> getRows() {
    return rows;
  }

  /** The 新增/编辑 dialog's form. */
  public StationForm getStation() {
    return station;
  }

  /** The 设置 dialog's forms; empty until a station's settings are opened. */
  public StationSettingsForm getSettings() {
    return settings;
  }

  /** The 全电账号 dialog's form; empty until a station's account is opened. */
  public TaxAccountForm getTaxAccount() {
    return taxAccount;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
