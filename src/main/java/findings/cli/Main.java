package findings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code findings} command: index reports, search them, serve them. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    version = "Findings 0.1",
    description = "Full-text search over inspection reports on English councils' children's services.",
    subcommands = {IndexCommand.class, SearchCommand.class, ServeCommand.class, BenchCommand.class, StartupCacheCommand.class})
public final class Main implements Runnable {
  /**
   * Lucene says at start-up that the incubating vector module is not enabled; users cannot act on that. Held in a
   * field because java.util.logging keeps loggers weakly and would forget the level.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    java.util.OptionalInt served = StartupCache.serveFromCache(args);
    if (served.isPresent()) System.exit(served.getAsInt());
    StartupCache.watchParent();
    if (args.length > 0 && args[0].equals("serve")) ServeCommand.warmUpAtStart();
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("findings: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }
}
