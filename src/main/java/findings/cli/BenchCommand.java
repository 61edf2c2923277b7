package findings.cli;

import findings.bench.RelevanceBench;
import findings.index.Indexer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code findings bench …}: measurements that belong in BENCHMARKS.md, never in unit tests. */
@Command(name = "bench", description = "Benchmarks; results go to BENCHMARKS.md.",
    subcommands = {BenchCommand.Relevance.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Recall and nDCG@10 of the judged queries over the seeds, ours beside a plain keyword baseline. */
  @Command(name = "relevance", description = "Recall and nDCG@10 over the judged queries on the seeds, with a plain baseline.")
  static final class Relevance implements Callable<Integer> {
    @Option(names = "--seeds", defaultValue = "seeds", description = "The judged reports (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Override
    public Integer call() throws Exception {
      Path index = Files.createTempDirectory("findings-relevance");
      try {
        try (Indexer indexer = new Indexer(index)) {
          new IndexRun(new PrintStream(java.io.OutputStream.nullOutputStream()), System.err, false).run(indexer, List.of(seeds));
        }
        RelevanceBench.run(index, System.out);
        return 0;
      } finally {
        deleteTree(index);
      }
    }
  }

  static void deleteTree(Path root) throws java.io.IOException {
    if (!Files.exists(root)) return;
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
