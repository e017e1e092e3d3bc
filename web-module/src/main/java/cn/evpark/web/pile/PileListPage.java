package cn.evpark.web.pile;

import cn.evpark.pile.DeviceModel;
import cn.evpark.pile.DeviceModelService;
import cn.evpark.pile.GroundLockView;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileDetails;
import cn.evpark.pile.PileImports;
import cn.evpark.pile.PileList;
import cn.evpark.pile.PilePage;
import cn.evpark.pile.PileRow;
import cn.evpark.pile.PileService;
import cn.evpark.pile.RemoteCommandKind;
import cn.evpark.pile.RemoteCommands;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * The pile list (充电桩): each gun's state, refreshed every few seconds; 新增/编辑, 运营状态, the remote
 * operations of manual 4.3 (二维码下载, 桩/枪二维码下发, 重启, 同步时间, 删除) and the XLSX bulk import. A command to a
 * pile shows in the 指令 area as sent at once and with its answer when it comes.
 */
@Named
@ViewScoped
public class PileListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of this view's commands the 指令 area shows. */
  static final int SHOWN_COMMANDS = 10;

  @EJB transient PileService piles;
  @EJB transient PileList list;
  @EJB transient RemoteCommands commands;
  @EJB transient PileImports imports;
  @EJB transient StationService stations;
  @EJB transient DeviceModelService models;
  @Inject transient PageMessages feedback;
  @Inject transient Messages messages;

  private Long stationFilter;
  private String search = "";
  private final PagedModel<PileRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<PileRow> fetch(int first, int size) {
          PilePage page = list.search(stationFilter, search, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(PileRow row) {
          return Long.toString(row.id());
        }
      };

  private Long pileId;
  private Long stationId;
  private Long deviceModelId;
  private String code;
  private BigDecimal minStartAmount;
  private boolean enabled;
  private PileCategory category;
  private String bayNumber;
  private String bayName;

  /** The pile whose QR codes the download dialog lists. */
  private PileRow qrPile;

  /** The ids of the commands this view sent, the newest first. */
  private final ArrayList<Long> sentCommands = new ArrayList<>();

  private transient UploadedFile upload;
  private List<PileImports.RowError> importErrors = List.of();

  /**
   * The page opened with {@code ?station=}: a station the caller cannot see answers 404, like a
   * station that does not exist.
   */
  public void checkStation() throws java.io.IOException {
    if (stationFilter != null && stations.find(stationFilter).isEmpty()) {
      jakarta.faces.context.FacesContext faces =
          jakarta.faces.context.FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "no such station");
      faces.responseComplete();
    }
  }

  public void startNew() {
    pileId = null;
    stationId = stationFilter;
    deviceModelId = null;
    code = null;
    minStartAmount = PileDetails.DEFAULT_MIN_START_AMOUNT;
    enabled = true;
    category = PileCategory.PUBLIC;
    bayNumber = null;
    bayName = null;
  }

  @PageAction
  public void startEdit(long id) {
    Pile pile = piles.get(id);
    pileId = id;
    stationId = pile.getStation().getId();
    deviceModelId = pile.getDeviceModel() == null ? null : pile.getDeviceModel().getId();
    code = pile.codeDigits();
    minStartAmount = pile.getMinStartAmount();
    enabled = pile.isEnabled();
    category = pile.getCategory();
    bayNumber = pile.getBayNumber();
    bayName = pile.getBayName();
  }

  @PageAction
  public void save() {
    PileDetails details =
        new PileDetails(
            stationId, deviceModelId, code, minStartAmount, enabled, category, bayNumber, bayName);
    if (pileId == null) {
      piles.register(details);
      feedback.info("pile.created", code);
    } else {
      piles.edit(pileId, details);
      feedback.info("pile.saved", code);
    }
    PrimeFaces.current().executeScript("PF('pileDialog').hide()");
  }

  @PageAction
  public void setOperating(long id, boolean operating) {
    Pile pile = piles.setOperating(id, operating);
    feedback.info(operating ? "pile.enabled" : "pile.disabled", pile.codeDigits());
  }

  @PageAction
  public void restart(PileRow row) {
    send(row, RemoteCommandKind.RESTART);
  }

  @PageAction
  public void syncTime(PileRow row) {
    send(row, RemoteCommandKind.TIME_SYNC);
  }

  @PageAction
  public void pushPileQrCode(PileRow row) {
    send(row, RemoteCommandKind.PILE_QR_PUSH);
  }

  @PageAction
  public void pushGunQrCodes(PileRow row) {
    send(row, RemoteCommandKind.GUN_QR_PUSH);
  }

  /** 升锁 / 降锁 of the ground lock at one gun's bay (parking.md §1). */
  @PageAction
  public void moveGroundLock(PileRow row, int gun, boolean raise) {
    remember(commands.moveGroundLock(row.id(), gun, raise));
  }

  @PageAction
  public void delete(PileRow row) {
    piles.delete(row.id());
    feedback.info("pile.deleted", row.code());
  }

  public void showQrCodes(PileRow row) {
    qrPile = row;
  }

  @PageAction
  public void importPiles() {
    importErrors = List.of();
    if (upload == null || upload.getSize() == 0) {
      feedback.error("pile.import.noFile");
      return;
    }
    PileImports.Result result = imports.importRows(PileWorkbook.read(upload.getContent()));
    importErrors = result.errors();
    if (importErrors.isEmpty()) {
      feedback.info("pile.import.done", result.imported());
    } else {
      feedback.error("pile.import.failed", importErrors.size());
    }
  }

  /**
   * Sends a command and returns at once (issue 13: a page never waits for a pile): the 指令 area
   * shows it as sent, and the page's polling shows the answer when the pile gives it. A refusal
   * before anything is sent (not found, read-only) is the {@link PageAction}'s to report.
   */
  private void send(PileRow row, RemoteCommandKind kind) {
    remember(commands.send(row.id(), kind));
  }

  private void remember(long commandId) {
    sentCommands.add(0, commandId);
    if (sentCommands.size() > SHOWN_COMMANDS) {
      sentCommands.remove(SHOWN_COMMANDS);
    }
  }

  /**
   * The page's poll: the live values of the piles the table shows ({@link PileLiveValues}), written
   * into the table in place, so an open 更多 menu or dialog stays open (issue 18).
   */
  public void refreshLive() {
    PileLiveValues.of(rows.reloadShown(), messages::get).send();
  }

  /** The classes of a pile's 在线状态 tag, as {@link #refreshLive()} sends them. */
  public String onlineCss(boolean online) {
    return PileLiveValues.onlineCss(online);
  }

  /** The classes of a gun's tag, as {@link #refreshLive()} sends them. */
  public String gunCss(String state) {
    return PileLiveValues.gunCss(state);
  }

  /** A ground lock's line, as {@link #refreshLive()} sends it. */
  public String lockText(GroundLockView lock) {
    return PileLiveValues.lockText(lock, messages::get);
  }

  /** The classes of a ground lock's tag, as {@link #refreshLive()} sends them. */
  public String lockCss(GroundLockView lock) {
    return PileLiveValues.lockCss(lock);
  }

  /** The commands this view sent, the newest first, with where each is now. */
  public List<RemoteCommandLine> getCommands() {
    return commands.find(sentCommands).stream()
        .map(c -> RemoteCommandLine.of(c, messages::find))
        .toList();
  }

  public List<Integer> gunsOf(PileRow row) {
    return row == null ? List.of() : IntStream.rangeClosed(1, row.gunCount()).boxed().toList();
  }

  public List<Station> getStations() {
    return stations.listAll();
  }

  public List<DeviceModel> getDeviceModels() {
    return models.listAll();
  }

  public PileCategory[] getCategories() {
    return PileCategory.values();
  }

  public PagedModel<PileRow> getRows() {
    return rows;
  }

  public boolean isNew() {
    return pileId == null;
  }

  public PileRow getQrPile() {
    return qrPile;
  }

  public List<PileImports.RowError> getImportErrors() {
    return importErrors;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public Long getStationFilter() {
    return stationFilter;
  }

  public void setStationFilter(Long stationFilter) {
    this.stationFilter = stationFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getStationId() {
    return stationId;
  }

  public void setStationId(Long stationId) {
    this.stationId = stationId;
  }

  public Long getDeviceModelId() {
    return deviceModelId;
  }

  public void setDeviceModelId(Long deviceModelId) {
    this.deviceModelId = deviceModelId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public BigDecimal getMinStartAmount() {
    return minStartAmount;
  }

  public void setMinStartAmount(BigDecimal minStartAmount) {
    this.minStartAmount = minStartAmount;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public PileCategory getCategory() {
    return category;
  }

  public void setCategory(PileCategory category) {
    this.category = category;
  }

  public String getBayNumber() {
    return bayNumber;
  }

  public void setBayNumber(String bayNumber) {
    this.bayNumber = bayNumber;
  }

  public String getBayName() {
    return bayName;
  }

  public void setBayName(String bayName) {
    this.bayName = bayName;
  }
}
