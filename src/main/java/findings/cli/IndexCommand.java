package findings.cli;

import findings.index.Indexer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code findings index [--index DIR] PATH…}: ingest report files and folders. */
@Command(name = "index", description = "Ingest report files or folders (.txt, .pdf) into the index. Exit 0: all ingested; 2: some rejected; 1: fatal.")
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Index folder (default: ${DEFAULT-VALUE})", defaultValue = "index")
  Path index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    try (Indexer indexer = new Indexer(index)) {
      IndexRun.Outcome outcome = new IndexRun(System.out, System.err, Terminal.isInteractive()).run(indexer, paths);
      return outcome.clean() ? 0 : 2;
    }
  }
}
