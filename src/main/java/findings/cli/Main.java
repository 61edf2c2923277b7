package findings.cli;

import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code findings} command: index reports, search them, serve them. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // every subcommand takes --help (and --version) too
    version = "Findings 0.1",
    description = "Full-text search over inspection reports on English councils' children's services.")
public final class Main implements Runnable {
  /** The subcommands' names, in the order the usage lists them. */
  private static final List<String> COMMANDS = List.of("index", "search", "serve", "bench", "startup-cache");

  /**
   * A subcommand by name, or null. The subcommands are not named in the annotation: picocli builds its model of a
   * command line by reflecting over every option of every command it is given (cold, in a JVM just started), and
   * the five commands' models took a tenth of a second more of
   * {@code serve}'s start than serve's alone. A command line that names a command is given only that one.
   */
  private static Object command(String name) {
    return switch (name) {
      case "index" -> new IndexCommand();
      case "search" -> new SearchCommand();
      case "serve" -> new ServeCommand();
      case "bench" -> new BenchCommand();
      case "startup-cache" -> new StartupCacheCommand();
      default -> null;
    };
  }

  /**
   * Lucene says at start-up that the incubating vector module is not enabled; users cannot act on that. Held in a
   * field because java.util.logging keeps loggers weakly and would forget the level; in a class of its own so that
   * the JVM that only hands {@code serve} to the startup cache's JVM never starts java.util.logging.
   */
  private static final class QuietLucene {
    static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    OptionalInt served = StartupCache.serveFromCache(args);
    if (served.isPresent()) System.exit(served.getAsInt());
    StartupCache.watchParent();
    if (args.length > 0 && args[0].equals("serve")) ServeCommand.warmUpAtStart();
    QuietLucene.VECTOR_LOG.setLevel(Level.SEVERE);
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    Object named = args.length > 0 ? command(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(named);
    } else {
      for (String name : COMMANDS) cli.addSubcommand(command(name));
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("findings: " + Problems.describe(e));
      return 1;
    });
    return cli.execute(args);
  }
}
