package cn.evpark.api.batch;

import cn.evpark.batch.BatchJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starting and watching batch jobs (platform administrators). */
@Path("admin/batch")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batch jobs")
@RolesAllowed("PLATFORM_ADMIN")
public class BatchJobsResource {

  @EJB BatchJobs jobs;
  @Context UriInfo uri;

  @POST
  @Path("jobs/{job}/executions")
  @Operation(
      summary =
          "Starts a job, its query parameters as job parameters (e.g. date=2026-11-29 for"
              + " daily-station-statistics); answers 201 with the new execution")
  public Response start(@PathParam("job") String job) {
    if (!BatchJobs.JOBS.contains(job)) {
      throw new NotFoundException("no batch job named " + job);
    }
    Properties parameters = new Properties();
    uri.getQueryParameters().forEach((name, values) -> parameters.setProperty(name, values.get(0)));
    long id = jobs.start(job, parameters);
    return Response.created(uri.getBaseUriBuilder().path("admin/batch/executions/{id}").build(id))
        .entity(execution(id))
        .build();
  }

  @GET
  @Path("executions/{id}")
  @Operation(summary = "One execution: status, exit status, start and end")
  public JobExecutionResponse execution(@PathParam("id") long id) {
    return jobs.execution(id)
        .map(JobExecutionResponse::of)
        .orElseThrow(() -> new NotFoundException("no job execution " + id));
  }
}
