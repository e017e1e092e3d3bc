/**
 * The {@code ykc-simulator} command line (picocli): {@code decode}, {@code encode}, {@code
 * simulate}, {@code platform-stub}. Commands take their streams from {@link
 * cn.evpark.ykc.simulator.cli.YkcCli#run}, so tests run them in-process.
 */
package cn.evpark.ykc.simulator.cli;
