package cn.evpark.pile;

/**
 * The YKC server of this instance, the one piles connect to, as of now.
 *
 * @param listening whether its TCP port is bound and accepting connections
 * @param port the bound port (the configured one while not listening)
 * @param connections open TCP connections, logged in or not
 * @param onlinePiles piles with a logged-in connection
 */
public record PileServerStatus(boolean listening, int port, int connections, int onlinePiles) {}
