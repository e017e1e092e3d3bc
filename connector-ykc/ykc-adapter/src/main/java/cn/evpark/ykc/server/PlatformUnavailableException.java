package cn.evpark.ykc.server;

/** The platform could not take or handle a pile's message. */
public class PlatformUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlatformUnavailableException(String message) {
    super(message);
  }

  public PlatformUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
