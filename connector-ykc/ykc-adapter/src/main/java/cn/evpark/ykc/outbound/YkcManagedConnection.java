package cn.evpark.ykc.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/** A pooled handle on the YKC server; it holds nothing that needs closing. */
final class YkcManagedConnection implements ManagedConnection {

  private final YkcManagedConnectionFactory factory;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<YkcConnectionImpl> handles = new CopyOnWriteArrayList<>();
  private PrintWriter logWriter;

  YkcManagedConnection(YkcManagedConnectionFactory factory) {
    this.factory = factory;
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo info) {
    YkcConnectionImpl handle = new YkcConnectionImpl(this);
    handles.add(handle);
    return handle;
  }

  YkcManagedConnectionFactory factory() {
    return factory;
  }

  /** A handle was closed by the application: the pool may take this connection back. */
  void closed(YkcConnectionImpl handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(listener -> listener.connectionClosed(event));
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof YkcConnectionImpl handle)) {
      throw new ResourceException("not a YKC connection: " + connection);
    }
    handle.associate(this);
    handles.add(handle);
  }

  @Override
  public void cleanup() {
    handles.forEach(YkcConnectionImpl::invalidate);
    handles.clear();
  }

  @Override
  public void destroy() {
    cleanup();
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("YKC commands are not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("YKC commands are not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return "YKC charging piles";
      }

      @Override
      public String getEISProductVersion() {
        return "1.5/1.6";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return "";
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
