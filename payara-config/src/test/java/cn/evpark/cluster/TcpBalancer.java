package cn.evpark.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP load balancer in front of the instances' YKC ports, as HAProxy in {@code mode tcp} is in
 * production (README "Running several instances"): each pile connection is passed through to the
 * instance it names now; when that instance dies, the pile's connection ends and its next one goes
 * where the balancer points then. Plain sockets, two threads per connection: enough for a test's
 * few piles.
 */
final class TcpBalancer implements AutoCloseable {

  private final ServerSocket listener;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile int target;

  /** Listens on a free loopback port and passes connections to {@code targetPort}. */
  TcpBalancer(int targetPort) throws IOException {
    this.target = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "balancer-" + listener.getLocalPort());
    accepting.setDaemon(true);
    accepting.start();
  }

  /** The port piles connect to. */
  int port() {
    return listener.getLocalPort();
  }

  /** New connections go to {@code targetPort} from now on; open ones stay where they are. */
  void pointTo(int targetPort) {
    this.target = targetPort;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket pile = listener.accept();
        Socket instance;
        try {
          instance = new Socket(InetAddress.getLoopbackAddress(), target);
        } catch (IOException down) {
          pile.close(); // the instance is down: the pile tries again later
          continue;
        }
        sockets.add(pile);
        sockets.add(instance);
        pump(pile, instance);
        pump(instance, pile);
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Copies {@code from} to {@code to} until either ends, then closes both. */
  private void pump(Socket from, Socket to) {
    Thread copying =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException ended) {
                // one side closed or reset: the connection is over
              } finally {
                close(from);
                close(to);
              }
            },
            "balancer-pump");
    copying.setDaemon(true);
    copying.start();
  }

  private void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing
    }
    sockets.remove(socket);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(this::close);
  }
}
