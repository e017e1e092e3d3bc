package cn.evpark.ykc.api;

/**
 * The adapter's YKC server as of now.
 *
 * @param listening whether the TCP port is bound and accepting connections
 * @param port the bound port (the configured one while not listening)
 * @param connections open TCP connections, logged in or not
 * @param onlinePiles piles with a logged-in connection
 */
public record ServerStatus(boolean listening, int port, int connections, int onlinePiles) {}
