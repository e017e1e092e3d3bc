package cn.evpark.ykc.outbound;

import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.api.ServerStatus;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcMetrics;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.server.YkcServer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The application's handle: every call goes to the adapter's YKC server. */
public class YkcConnectionImpl implements YkcConnection {

  private volatile YkcManagedConnection managed;

  YkcConnectionImpl(YkcManagedConnection managed) {
    this.managed = managed;
  }

  void associate(YkcManagedConnection other) {
    this.managed = other;
  }

  void invalidate() {
    this.managed = null;
  }

  private YkcServer server() {
    YkcManagedConnection current = managed;
    if (current == null) {
      throw new IllegalStateException("this YKC connection is closed");
    }
    return current.factory().server();
  }

  @Override
  public CompletionStage<PileMessage> send(PlatformMessage command) {
    return server().send(command);
  }

  @Override
  public Optional<PileLiveState> liveState(PileCode pileCode) {
    return server().liveState(pileCode);
  }

  @Override
  public List<PileLiveState> onlinePiles() {
    return server().onlinePiles();
  }

  @Override
  public ServerStatus status() {
    return server().status();
  }

  @Override
  public YkcMetrics metrics() {
    return server().metrics();
  }

  @Override
  public boolean takeOver(PileCode pileCode, long connectionId, String by) {
    return server().takeOver(pileCode, connectionId, by);
  }

  @Override
  public void logFrames(PileCode pileCode, boolean on) {
    server().logFrames(pileCode, on);
  }

  @Override
  public Set<PileCode> frameLogged() {
    return server().frameLogged();
  }

  @Override
  public void close() {
    YkcManagedConnection current = managed;
    if (current != null) {
      managed = null;
      current.closed(this);
    }
  }
}
