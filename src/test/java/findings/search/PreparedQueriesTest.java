package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query is rewritten once per reader and then reused: a fuzzy word ({@code word~1}) expands, as it is rewritten, to
 * the words of that reader, so after a refresh that brings new words the same text finds them (with one rewrite
 * shared by every reader it would not). The same holds for a misspelt word's correction.
 */
class PreparedQueriesTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static SearchRequest request(String q) {
    return new SearchRequest(q, Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE);
  }

  /** The seeds copied to a folder of their own and indexed; {@link #change} then re-indexes one of them changed. */
  private record Corpus(Path reports, Path index, Path changed) {
    static Corpus ofSeeds(Path parent, String prefix) throws Exception {
      Path work = Files.createTempDirectory(parent, prefix);
      Path reports = Files.createDirectories(work.resolve("reports"));
      try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
        for (Path seed : seeds.sorted().toList()) Files.copy(seed, reports.resolve(seed.getFileName()));
      }
      Path changed;
      try (Stream<Path> copies = Files.list(reports)) {
        changed = copies.sorted().findFirst().orElseThrow();
      }
      Path index = work.resolve("index");
      assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
      return new Corpus(reports, index, changed);
    }

    /** Replaces {@code word} by {@code by} in one report, re-indexes it and shows the new commit to {@code search}. */
    void change(String word, String by, SearchService search) throws Exception {
      String text = Files.readString(changed);
      assertTrue(text.contains(word), changed + " has the word to change");
      Files.writeString(changed, text.replace(word, by));
      assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
      search.refresh();
    }
  }

  @Test
  void aFuzzyWordExpandsToTheWordsOfEachNewReader() throws Exception {
    Corpus corpus = Corpus.ofSeeds(tmp, "findings-prepared");
    try (SearchService search = new SearchService(corpus.index())) {
      assertEquals(0, search.search(request("zorbl~1")).total(), "no such word yet");
      long fostering = search.search(request("fostering")).total();
      assertTrue(fostering > 0);

      corpus.change("children", "zorblings", search);

      long found = search.search(request("zorbl~1")).total();
      assertTrue(found > 0, "the new reader's words");
      assertEquals(found, search.search(request("zorbl~1"), SearchService.Detail.HITS).total());
      assertEquals(fostering, search.search(request("fostering")).total(), "the other words as before");
      assertEquals(List.of(), search.search(request("zorbl~1 fostering")).hits().stream()
          .filter(h -> !h.text().contains("zorblings")).toList(), "an AND of both finds only the changed report's paragraphs");
    }
  }

  /**
   * A wildcard or fuzzy word is matched against a reader's words once, though a full search rewrites it for ranking,
   * counting and marking; a new reader matches it again, against its own words.
   */
  @Test
  void aPatternIsMatchedAgainstEachReaderOnce() throws Exception {
    Corpus corpus = Corpus.ofSeeds(tmp, "findings-patterns");
    try (SearchService search = new SearchService(corpus.index())) {
      long before = WrittenWordsQuery.expansions.get();
      long found = search.search(request("participat* OR fosterring~1")).total();
      assertTrue(found > 0);
      assertEquals(2, WrittenWordsQuery.expansions.get() - before, "each pattern once for ranking, counting and marking");
      search.search(new SearchRequest("participat* OR fosterring~1", Map.of(), 2, 10, SearchRequest.Sort.DATE));
      search.search(request("fosterring~1"));
      assertEquals(2, WrittenWordsQuery.expansions.get() - before, "and not again for another page, order or query");

      corpus.change("children", "zorblings", search);

      search.search(request("participat* OR fosterring~1"));
      assertEquals(4, WrittenWordsQuery.expansions.get() - before, "once more on the new reader");
    }
  }

  /** Corrections are remembered per reader: a word that had none gets one once a report holds a word near it. */
  @Test
  void didYouMeanFollowsTheWordsOfEachNewReader() throws Exception {
    Corpus corpus = Corpus.ofSeeds(tmp, "findings-corrections");
    try (SearchService search = new SearchService(corpus.index())) {
      assertNull(search.search(request("zorblingz")).didYouMean(), "no word near it yet");
      assertNull(search.search(request("zorblingz")).didYouMean(), "and none remembered");
      assertEquals("respite care", search.search(request("repsite care")).didYouMean());

      corpus.change("children", "zorblings", search);

      assertEquals("zorblings", search.search(request("zorblingz")).didYouMean(), "the new reader's words");
      assertEquals("respite care", search.search(request("repsite care")).didYouMean(), "the other corrections as before");
    }
  }
}
