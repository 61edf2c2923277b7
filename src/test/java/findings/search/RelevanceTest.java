package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.bench.RelevanceBench;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judged queries: every judged paragraph found, a good first page, and better than plain keyword search. */
class RelevanceTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void findsEveryJudgedParagraphWithAGoodFirstPage() throws Exception {
    Path index = java.nio.file.Files.createTempDirectory(tmp, "findings-relevance-test").resolve("index");
    assertEquals(0, findings.cli.Main.execute("index", "--index", index.toString(), "seeds"));
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    List<RelevanceBench.Result> results = RelevanceBench.run(index, new PrintStream(report, true, StandardCharsets.UTF_8));
    String table = report.toString(StandardCharsets.UTF_8);
    RelevanceBench.Result ours = results.get(0);
    RelevanceBench.Result baseline = results.get(1);
    assertTrue(ours.queries().size() >= 40, "at least 40 judged queries");
    assertEquals(1.0, ours.recall(), 1e-9, table);
    assertTrue(ours.ndcg10() >= 0.9, table);
    assertTrue(ours.ndcg10() > baseline.ndcg10() && ours.recall() > baseline.recall(), table);
  }
}
