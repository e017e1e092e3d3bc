package cn.evpark.api.batch;

import cn.evpark.batch.BatchJobs;
import cn.evpark.batch.JobRun;
import cn.evpark.batch.statistics.DayRange;
import cn.evpark.wallet.LedgerCheck;
import cn.evpark.wallet.LedgerDifference;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starting, stopping, restarting and watching batch jobs, and what the ledger check found (platform
 * administrators).
 */
@Path("admin/batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch jobs")
@RolesAllowed("PLATFORM_ADMIN")
public class BatchJobsResource {

  /**
   * A ledger difference: kind ACCOUNT_BALANCE (subject an account; expected the sum of its entries,
   * actual its balance) or TRANSACTION_SUM (subject a ledger transaction; expected 0, actual the
   * sum of its entries); yuan; checkDate the business day of the check.
   */
  public record LedgerDifferenceResponse(
      String checkDate,
      String kind,
      long subjectId,
      long operatorId,
      BigDecimal expected,
      BigDecimal actual) {

    static LedgerDifferenceResponse of(LedgerDifference d) {
      return new LedgerDifferenceResponse(
          d.getCheckDate().toString(),
          d.getKind().name(),
          d.getSubjectId(),
          d.getOperatorId(),
          d.getExpected(),
          d.getActual());
    }
  }

  @EJB BatchJobs jobs;
  @EJB LedgerCheck ledgerCheck;
  @Context UriInfo uri;

  @POST
  @Path("jobs/{job}/executions")
  @Operation(
      summary =
          "Starts a job, its query parameters as job parameters: date (yyyy-MM-dd, Asia/Shanghai)"
              + " for a business date, and e.g. operator, station for daily-station-statistics;"
              + " answers 201 with the new execution")
  public Response start(
      @PathParam("job") String job, @QueryParam("date") String date, @QueryParam("to") String to) {
    if (!BatchJobs.JOBS.contains(job)) {
      throw new NotFoundException("no batch job named " + job);
    }
    Properties parameters = new Properties();
    uri.getQueryParameters().forEach((name, values) -> parameters.setProperty(name, values.get(0)));
    if (date != null && !date.isBlank()) {
      parameters.setProperty("date", parse(date, "date").toString());
    }
    if (to != null && !to.isBlank()) {
      parameters.setProperty("to", parse(to, "to").toString());
      try {
        DayRange.of(parameters.getProperty("date"), parameters.getProperty("to"));
      } catch (IllegalArgumentException refused) {
        throw new BadRequestException(refused.getMessage());
      }
    }
    return created(jobs.start(job, parameters));
  }

  @GET
  @Path("executions")
  @Operation(summary = "The latest executions of every job, newest first, with their steps")
  public List<JobRun> executions(@QueryParam("instances") @DefaultValue("20") int instances) {
    return jobs.executions(Math.max(1, Math.min(instances, 200)));
  }

  @GET
  @Path("executions/{id}")
  @Operation(summary = "One execution: status, exit status, start and end")
  public JobExecutionResponse execution(@PathParam("id") long id) {
    return jobs.execution(id)
        .map(JobExecutionResponse::of)
        .orElseThrow(() -> new NotFoundException("no job execution " + id));
  }

  @POST
  @Path("executions/{id}/stop")
  @Operation(summary = "Asks a running execution to stop; answers 204")
  public Response stop(@PathParam("id") long id) {
    jobs.stop(id);
    return Response.noContent().build();
  }

  @POST
  @Path("executions/{id}/restart")
  @Operation(
      summary =
          "Restarts a failed or stopped execution, or runs the job again as a new instance with the"
              + " same parameters when the engine cannot restart it; answers 201")
  public Response restart(@PathParam("id") long id) {
    return created(jobs.restart(id).executionId());
  }

  @GET
  @Path("ledger-differences")
  @Operation(summary = "What the ledger checks found, newest check date first")
  public List<LedgerDifferenceResponse> ledgerDifferences(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    return ledgerCheck.differences(Math.max(0, first), Math.max(1, Math.min(size, 500))).stream()
        .map(LedgerDifferenceResponse::of)
        .toList();
  }

  private Response created(long id) {
    return Response.created(uri.getBaseUriBuilder().path("admin/batch/executions/{id}").build(id))
        .entity(execution(id))
        .build();
  }

  private static LocalDate parse(String date, String name) {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is yyyy-MM-dd");
    }
  }
}
