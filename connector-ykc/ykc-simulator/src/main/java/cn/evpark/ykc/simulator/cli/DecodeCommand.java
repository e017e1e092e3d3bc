package cn.evpark.ykc.simulator.cli;

import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.simulator.inspect.FrameJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code decode <hex>}: one JSON object per frame; exit 2 if any frame was bad. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes frames given as hex (spaces allowed) and prints one JSON object per frame.",
      "Without arguments, reads one frame per line from standard input.",
      "Exit status 0 if every frame decoded, 2 otherwise (one line on standard error per bad"
          + " frame)."
    })
final class DecodeCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "HEX", description = "The frame's bytes in hex.")
  List<String> hex = List.of();

  @Spec CommandSpec spec;

  @ParentCommand YkcCli cli;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FrameJson json = new FrameJson();
    if (!hex.isEmpty()) {
      return decodeLine(String.join("", hex), 0, json, out, err) ? 0 : 2;
    }
    boolean allGood = true;
    BufferedReader in = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        allGood &= decodeLine(line, lineNumber, json, out, err);
      }
    }
    return allGood ? 0 : 2;
  }

  private static boolean decodeLine(
      String line, int lineNumber, FrameJson json, PrintWriter out, PrintWriter err) {
    String where = lineNumber > 0 ? "line " + lineNumber + ": " : "";
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(line.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      err.println(where + "NOT_HEX: " + e.getMessage());
      err.flush();
      return false;
    }
    try {
      out.println(json.toJsonLine(YkcCodec.decode(bytes)));
      out.flush();
      return true;
    } catch (YkcDecodeException e) {
      err.println(where + e.getMessage());
      err.flush();
      return false;
    }
  }
}
