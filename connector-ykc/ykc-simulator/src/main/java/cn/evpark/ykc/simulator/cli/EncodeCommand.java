package cn.evpark.ykc.simulator.cli;

import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.simulator.inspect.FrameJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code encode}: JSON objects in, one hex frame per line out; exit 2 if any object was bad. */
@Command(
    name = "encode",
    mixinStandardHelpOptions = true,
    description = {
      "Reads JSON objects as printed by decode, one per line, from standard input and prints each"
          + " frame's hex.",
      "Exit status 0 if every object encoded, 2 otherwise (one line on standard error per bad"
          + " object)."
    })
final class EncodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand YkcCli cli;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FrameJson json = new FrameJson();
    HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
    BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
    boolean allGood = true;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.println(hex.formatHex(YkcCodec.encode(json.fromJson(line))));
        out.flush();
      } catch (IllegalArgumentException e) {
        err.println("line " + lineNumber + ": " + e.getMessage());
        err.flush();
        allGood = false;
      }
    }
    return allGood ? 0 : 2;
  }
}
