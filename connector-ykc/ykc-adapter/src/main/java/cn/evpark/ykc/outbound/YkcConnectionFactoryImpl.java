package cn.evpark.ykc.outbound;

import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/** The connection factory applications get from JNDI. */
public class YkcConnectionFactoryImpl implements YkcConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final transient YkcManagedConnectionFactory factory;
  private final transient ConnectionManager manager;
  private Reference reference;

  YkcConnectionFactoryImpl(YkcManagedConnectionFactory factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
  }

  @Override
  public YkcConnection getConnection() throws ResourceException {
    return (YkcConnection) manager.allocateConnection(factory, null);
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
