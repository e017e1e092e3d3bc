package cn.evpark.api.batch;

import cn.evpark.nightly.NightlyJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The nightly run of a job for one night, as the schedule fires it (platform administrators): run
 * once per (job, night) however often it is asked, here or on another instance.
 */
@Path("admin/batch/nightly")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch jobs")
@RolesAllowed("PLATFORM_ADMIN")
public class NightlyJobsResource {

  /** The executions a firing started: none when the night had run already. */
  public record NightResponse(String job, LocalDate night, List<Long> executions) {}

  @EJB NightlyJobs nightly;

  @POST
  @Path("{job}/{night}")
  @Operation(
      summary =
          "Fires the nightly run of a job for a night (yyyy-MM-dd, Asia/Shanghai); answers the"
              + " executions started, none when the night was claimed already")
  public NightResponse fire(@PathParam("job") String job, @PathParam("night") String night) {
    LocalDate day;
    try {
      day = LocalDate.parse(night);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("night is yyyy-MM-dd");
    }
    if (NightlyJobs.JOBS.stream().noneMatch(j -> j.jobName().equals(job))) {
      throw new NotFoundException("no nightly job " + job);
    }
    return new NightResponse(job, day, nightly.runNight(job, day));
  }
}
