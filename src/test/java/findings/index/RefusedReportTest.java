package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report Lucene cannot hold (here a section heading past its facets' 8,191-character limit for a value) is refused
 * whole, with what was refused, and the index goes on: the source's earlier version stays, and later reports are added.
 */
class RefusedReportTest {
  @TempDir
  Path dir;

  private static Report report(String section, String text) {
    return report("1", section, text);
  }

  private static Report report(String number, String section, String text) {
    return new Report("havering-joint-area-review-2007-02-06", List.of(), "Joint area review: Havering", "Havering", "E09000016",
        ReportType.JOINT_AREA_REVIEW, LocalDate.of(2007, 2, 6), 2007, null, "havering.txt", "sha-" + text.hashCode(), List.of(),
        List.of(new Paragraph(number, true, List.of(section), Kind.FINDING, null, 1, text, List.of())), List.of());
  }

  @Test
  void aRefusedReportLeavesWhatItsSourceIndexedBefore() throws Exception {
    try (Indexer indexer = new Indexer(dir)) {
      indexer.put(report("Context", "Respite care is valued by parents."), "havering.txt", 1, 1);
      indexer.commit();
      ReportRefusedException refused;
      refused = assertThrows(ReportRefusedException.class,
          () -> indexer.put(report("Context ".repeat(5_000), "Adoption panels meet often."), "havering.txt", 2, 2));
      assertEquals(true, refused.getMessage().contains("exceeds maximum allowed path length"), refused.getMessage());
      assertEquals(false, refused.getMessage().contains("Please correct the analyzer"), refused.getMessage());
      // Refused as Lucene inverts it (an id past 32,766 bytes), after the writer took the update: still nothing of it,
      // and the earlier version is not deleted.
      refused = assertThrows(ReportRefusedException.class,
          () -> indexer.put(report("9".repeat(40_000), "Context", "Adoption panels meet often."), "havering.txt", 2, 2));
      assertEquals(true, refused.getMessage().contains("immense term"), refused.getMessage());
      assertEquals(false, refused.getMessage().contains("Please correct the analyzer"), refused.getMessage());
      indexer.put(report("Context", "Private fostering is promoted."), "other.txt", 3, 3);
      indexer.commit();
    }
    try (SearchService search = new SearchService(dir)) {
      assertEquals(1, search.search(SearchRequest.of("respite")).total(), "the earlier version stands");
      assertEquals(0, search.search(SearchRequest.of("adoption")).total(), "nothing of the refused one");
      assertEquals(1, search.search(SearchRequest.of("\"private fostering\"")).total(), "the index went on");
    }
  }
}
