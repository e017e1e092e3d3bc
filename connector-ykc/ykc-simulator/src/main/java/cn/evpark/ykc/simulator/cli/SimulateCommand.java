package cn.evpark.ykc.simulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code simulate}: virtual piles against a platform. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Runs virtual piles.")
final class SimulateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return 0;
  }
}
