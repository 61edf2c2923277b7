package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import findings.cli.Main;
import findings.index.Indexer;
import findings.model.ReportSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One report is read from its own document, and the list of every report is kept with the reader it was read from:
 * the one must agree with the other, and neither may outlive a refresh that removed a report.
 */
class ReportLookupTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void oneReportIsTheListsEntryAndARefreshReadsTheListAgain() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-reports").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    try (Indexer indexer = new Indexer(index); SearchService search = new SearchService(indexer.writer())) {
      List<ReportSummary> all = search.reports();
      assertEquals(5, all.size());
      for (ReportSummary r : all) assertEquals(Optional.of(r), search.report(r.id()), r.id());
      String city = "city-of-london-joint-area-review-2007-12-21";
      for (String notAReport : List.of("no-such-report", city + "/23", "city-of-london", city.toUpperCase(), "")) {
        assertEquals(Optional.empty(), search.report(notAReport), notAReport);
      }

      String source = indexer.indexedFiles().values().stream().filter(f -> f.reportId().equals(city))
          .findFirst().orElseThrow().source();
      indexer.remove(source);
      indexer.commit();
      assertEquals(all, search.reports(), "until the reader is refreshed, the list it was read from");
      search.refresh();
      List<ReportSummary> after = search.reports();
      assertEquals(4, after.size());
      assertFalse(after.stream().anyMatch(r -> r.id().equals(city)), after.toString());
      assertEquals(Optional.empty(), search.report(city));
      for (ReportSummary r : after) assertEquals(Optional.of(r), search.report(r.id()), r.id());
    }
  }
}
