package cn.evpark.it;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the test's Payara Micro writes to its log, as an operator reading the server log sees it:
 * Arquillian copies the Micro's console to this JVM's standard output, which this tees into a
 * buffer of the latest lines (e.g. the SMS code of the built-in {@code log} gateway).
 */
public final class ServerLog {

  private static final int KEPT_LINES = 5_000;
  private static final Deque<String> LINES = new ArrayDeque<>();
  private static boolean installed;

  private ServerLog() {}

  /** Starts keeping standard output's lines; before the Micro starts. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    PrintStream original = System.out;
    System.setOut(
        new PrintStream(
            new OutputStream() {
              private final StringBuilder line = new StringBuilder();

              @Override
              public void write(int b) {
                original.write(b);
                if (b == '\n') {
                  keep(line.toString());
                  line.setLength(0);
                } else {
                  line.append((char) b);
                }
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
                for (char c : text.toCharArray()) {
                  if (c == '\n') {
                    keep(line.toString());
                    line.setLength(0);
                  } else {
                    line.append(c);
                  }
                }
              }
            },
            true,
            StandardCharsets.UTF_8));
  }

  private static void keep(String line) {
    synchronized (LINES) {
      LINES.addLast(line);
      if (LINES.size() > KEPT_LINES) {
        LINES.removeFirst();
      }
      LINES.notifyAll();
    }
  }

  /** The first group of the newest line matching {@code pattern}, if any. */
  static Optional<String> newest(Pattern pattern) {
    synchronized (LINES) {
      return newestKept(pattern);
    }
  }

  private static Optional<String> newestKept(Pattern pattern) {
    var lines = LINES.descendingIterator();
    while (lines.hasNext()) {
      Matcher m = pattern.matcher(lines.next());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Waits up to {@code wait} for a line matching {@code pattern} that differs from {@code before}
   * and returns its first group.
   */
  public static String await(Pattern pattern, Optional<String> before, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (LINES) {
      while (true) {
        Optional<String> found = newestKept(pattern);
        if (found.isPresent() && !found.equals(before)) {
          return found.get();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the server log shows no line matching " + pattern);
        }
        // woken by each new line
        LINES.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** The first group of the newest matching line now, to tell a later one from it. */
  public static Optional<String> latest(Pattern pattern) {
    return newest(pattern);
  }
}
