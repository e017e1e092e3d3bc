package cn.evpark.ykc.simulator.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ykc-simulator} command line: the frame inspector ({@code decode}, {@code encode}) and
 * the pile simulator ({@code simulate}).
 */
@Command(
    name = "ykc-simulator",
    mixinStandardHelpOptions = true,
    description = "YKC V1.5/V1.6 frame inspector and pile simulator.",
    subcommands = {
      DecodeCommand.class,
      EncodeCommand.class,
      SimulateCommand.class,
      PlatformStubCommand.class
    })
public final class YkcCli {

  private final InputStream in;

  private YkcCli(InputStream in) {
    this.in = in;
  }

  /** Standard input of this run. */
  InputStream in() {
    return in;
  }

  public static void main(String[] args) {
    System.exit(
        run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line on the given streams and returns its exit status. */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new YkcCli(in)).setOut(out).setErr(err).execute(args);
  }
}
