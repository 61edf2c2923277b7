package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.ReportSummary;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL at any moment of `index` leaves the last committed index intact and searchable; the next run finishes. */
class KilledIndexingTest {
  @TempDir Path tmp;

  private static Process indexInChild(Path index, Path source) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "findings.cli.Main",
        "index", "--index", index.toString(), source.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Opens the index as a reader would and checks it is whole: every report's paragraphs there exactly once. */
  private static long[] assertConsistent(Path index) throws Exception {
    try (SearchService s = new SearchService(index)) {
      long[] counts = s.counts();
      List<ReportSummary> reports = s.reports();
      assertEquals(counts[0], reports.size());
      assertEquals(reports.stream().mapToLong(ReportSummary::paragraphCount).sum(), counts[1], "no paragraph twice or missing");
      assertTrue(s.search(SearchRequest.of("unaccompanied asylum seekers")).total() > 0);
      return counts;
    }
  }

  @Test
  void killedRepeatedlyMidIngestThenCompleted() throws Exception {
    Path index = tmp.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    long[] before = assertConsistent(index);

    // Forty more reports: the seeds again, each made different so that none is a duplicate.
    Path more = Files.createDirectories(tmp.resolve("more"));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      List<Path> list = seeds.sorted().toList();
      for (int copy = 0; copy < 8; copy++) {
        for (Path seed : list) {
          String text = Files.readString(seed) + "\n\nAddendum " + copy + ": a note added to make this copy unique.\n";
          Files.writeString(more.resolve(copy + "-" + seed.getFileName()), text);
        }
      }
    }
    Path both = Files.createDirectories(tmp.resolve("both"));
    for (Path f : Files.list(Path.of("seeds")).toList()) Files.copy(f, both.resolve(f.getFileName()));
    for (Path f : Files.list(more).toList()) Files.copy(f, both.resolve(f.getFileName()));

    Random random = new Random(7);
    for (int round = 0; round < 4; round++) {
      Process p = indexInChild(index, both);
      Thread.sleep(300 + random.nextInt(1500));
      p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no commit
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      long[] after = assertConsistent(index);
      assertTrue(after[0] == before[0] || after[0] == 45, "either the old commit or the finished one: " + after[0]);
    }
    Process finish = indexInChild(index, both);
    assertTrue(finish.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, finish.exitValue());
    long[] done = assertConsistent(index);
    assertEquals(45, done[0]);
  }
}
