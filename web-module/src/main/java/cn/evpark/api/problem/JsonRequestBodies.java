package cn.evpark.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads JSON request bodies keeping their bytes, so that a body the JSON-B provider refuses is
 * answered with what is wrong and where ({@link MalformedBody}) instead of the provider's bare
 * exception. The bodies of this API are small forms; they are held in memory once.
 */
@Provider
public class JsonRequestBodies implements ReaderInterceptor {

  /**
   * Reads the body; a JSON body the provider cannot read raises {@link MalformedBodyException}.
   *
   * @throws IOException when the body cannot be read from the connection
   */
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (RuntimeException failure) {
      if (!MalformedBody.isJsonFailure(failure)) {
        throw failure;
      }
      throw new MalformedBodyException(
          MalformedBody.explain(failure, context.getGenericType(), body), failure);
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"));
  }
}
