package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A query is rewritten once per reader and then reused: a fuzzy word ({@code word~1}) expands, as it is rewritten, to
 * the words of that reader, so after a refresh that brings new words the same text finds them (with one rewrite
 * shared by every reader it would not).
 */
class PreparedQueriesTest {
  private static SearchRequest request(String q) {
    return new SearchRequest(q, Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE);
  }

  @Test
  void aFuzzyWordExpandsToTheWordsOfEachNewReader() throws Exception {
    Path work = Files.createTempDirectory("findings-prepared");
    Path reports = Files.createDirectories(work.resolve("reports"));
    Path changed;
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) Files.copy(seed, reports.resolve(seed.getFileName()));
    }
    try (Stream<Path> copies = Files.list(reports)) {
      changed = copies.sorted().findFirst().orElseThrow();
    }
    Path index = work.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
    try (SearchService search = new SearchService(index)) {
      assertEquals(0, search.search(request("zorbl~1")).total(), "no such word yet");
      long fostering = search.search(request("fostering")).total();
      assertTrue(fostering > 0);

      String text = Files.readString(changed);
      assertTrue(text.contains("children"), changed + " has the word to change");
      Files.writeString(changed, text.replace("children", "zorblings"));
      assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
      search.refresh();

      long found = search.search(request("zorbl~1")).total();
      assertTrue(found > 0, "the new reader's words");
      assertEquals(found, search.search(request("zorbl~1"), SearchService.Detail.HITS).total());
      assertEquals(fostering, search.search(request("fostering")).total(), "the other words as before");
      assertEquals(List.of(), search.search(request("zorbl~1 fostering")).hits().stream()
          .filter(h -> !h.text().contains("zorblings")).toList(), "an AND of both finds only the changed report's paragraphs");
    }
  }
}
