package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search that outruns its time limit is stopped inside Lucene and answered with a clear message. */
class SearchTimeLimitTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void aSearchPastItsDeadlineIsStoppedWithAMessageAndTheNextSearchStillAnswers() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-deadline").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    SearchRequest wide = new SearchRequest("co* OR re* OR se*", Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE);
    try (SearchService expired = new SearchService(index, Duration.ZERO)) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> expired.search(wide));
      assertEquals("q", e.parameter());
      assertTrue(e.getMessage().contains("took longer than 0 s and was stopped"), e.getMessage());
      assertThrows(InvalidRequestException.class, () -> expired.exportSize(wide));
    }
    try (SearchService ample = new SearchService(index, Duration.ofSeconds(30))) {
      assertTrue(ample.search(wide).total() > 100, "the same search answers within a generous limit");
    }
  }
}
