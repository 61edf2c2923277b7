package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Indexer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completions are built in the background when asked to be prepared, for the reader of the moment: a reader opened
 * by a re-index starts without them, and preparing again builds its own. Completing a word never depends on it.
 */
class PreparedCompletionsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static boolean builtWithin(SearchService search, long millis) throws Exception {
    long until = System.nanoTime() + millis * 1_000_000;
    while (!search.completionsBuilt()) {
      if (System.nanoTime() > until) return false;
      Thread.sleep(10);
    }
    return true;
  }

  @Test
  void preparingBuildsTheCurrentReadersCompletionsInTheBackground() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-completions").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    try (Indexer indexer = new Indexer(index); SearchService search = new SearchService(indexer.writer())) {
      assertFalse(search.completionsBuilt(), "built on first use or when prepared, not when the reader opens");
      search.prepareCompletions();
      assertTrue(builtWithin(search, 30_000), "prepared in the background");
      assertTrue(search.suggest("fost", 8).stream().anyMatch(c -> c.text().equals("fostering")));

      String source = indexer.indexedFiles().values().iterator().next().source();
      indexer.remove(source);
      indexer.commit();
      search.refresh();
      assertFalse(search.completionsBuilt(), "a new reader's completions are its own");
      search.prepareCompletions();
      assertTrue(builtWithin(search, 30_000), "prepared again for the new reader");
    }
  }
}
