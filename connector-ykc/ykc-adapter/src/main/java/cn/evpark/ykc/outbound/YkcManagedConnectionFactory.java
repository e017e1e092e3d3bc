package cn.evpark.ykc.outbound;

import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.inbound.YkcResourceAdapter;
import cn.evpark.ykc.server.YkcServer;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Outbound connections to the adapter's YKC server. A "connection" owns no socket: it is a handle
 * on the server, which holds the piles' connections; the pool only recycles handles.
 */
@ConnectionDefinition(
    connectionFactory = YkcConnectionFactory.class,
    connectionFactoryImpl = YkcConnectionFactoryImpl.class,
    connection = YkcConnection.class,
    connectionImpl = YkcConnectionImpl.class)
public class YkcManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new YkcConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("the YKC connection factory runs only in the application server");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new YkcManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object candidate : candidates) {
      if (candidate instanceof YkcManagedConnection connection) {
        return connection;
      }
    }
    return null;
  }

  YkcServer server() {
    return ((YkcResourceAdapter) resourceAdapter).server();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
  }

  /** All factories of one adapter are interchangeable: they have no properties of their own. */
  @Override
  public boolean equals(Object other) {
    return other instanceof YkcManagedConnectionFactory factory
        && factory.resourceAdapter == resourceAdapter;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(resourceAdapter);
  }
}
