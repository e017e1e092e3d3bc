package cn.evpark.ykc.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/** The connection factory applications look up in JNDI to talk to piles. */
public interface YkcConnectionFactory extends Serializable, Referenceable {

  YkcConnection getConnection() throws ResourceException;
}
