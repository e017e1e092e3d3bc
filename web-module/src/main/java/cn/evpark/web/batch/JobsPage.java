package cn.evpark.web.batch;

import cn.evpark.batch.BatchJobs;
import cn.evpark.batch.JobRun;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerDifference;
import cn.evpark.web.security.CurrentStaff;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 批处理任务 (platform administrators): the jobs' executions with their steps and counts, 按日期运行, 停止,
 * 重新运行 (a restart, or a new instance when the engine cannot restart), and what the ledger check
 * found (账务核对差异). The rules live in {@link BatchJobs}.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many instances of each job the table shows. */
  static final int INSTANCES = 20;

  @EJB transient BatchJobs jobs;
  @EJB transient LedgerCheck ledgerCheck;
  @Inject transient PageMessages feedback;
  @Inject transient Clock clock;
  @Inject transient CurrentStaff staff;

  private String job = "invoice-settlement";
  private LocalDate date;
  private List<JobRun> runs = List.of();
  private List<LedgerDifference> differences = List.of();

  @PostConstruct
  void init() {
    date = BusinessCalendar.businessDay(clock.instant()).minusDays(1);
    if (staff.isPlatformAdmin()) {
      refresh();
    }
  }

  /**
   * The page is the platform's own work: an operator's account that opens it by its address gets
   * the platform's 403 page (无权访问), as the menu does not offer it.
   */
  public void checkPlatformAdmin() throws IOException {
    if (!staff.isPlatformAdmin()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, "platform administrators only");
      faces.responseComplete();
    }
  }

  /** 刷新: reads the executions and the ledger differences again. */
  @PageAction
  public void refresh() {
    runs = jobs.executions(INSTANCES);
    differences = ledgerCheck.differences(0, 100);
  }

  /** 按日期运行: starts the chosen job for the chosen business date. */
  @PageAction
  public void run() {
    long id = jobs.startFor(job, date);
    feedback.info("jobs.started", id);
    refresh();
  }

  /** 停止. */
  @PageAction
  public void stop(long executionId) {
    jobs.stop(executionId);
    feedback.info("jobs.stopping", executionId);
    refresh();
  }

  /** 重新运行: a restart from the checkpoint, or the job again as a new instance. */
  @PageAction
  public void restart(long executionId) {
    BatchJobs.Restarted restarted = jobs.restart(executionId);
    feedback.info(
        restarted.newInstance() ? "jobs.runAgain" : "jobs.restarted", restarted.executionId());
    refresh();
  }

  /** Whether an execution may be stopped (it is starting or running). */
  public boolean stoppable(JobRun run) {
    return "STARTING".equals(run.status()) || "STARTED".equals(run.status());
  }

  /** The jobs staff may start, by name. */
  public List<String> getJobNames() {
    return BatchJobs.JOBS.stream().sorted().toList();
  }

  public List<JobRun> getRuns() {
    return runs;
  }

  public List<LedgerDifference> getDifferences() {
    return differences;
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
