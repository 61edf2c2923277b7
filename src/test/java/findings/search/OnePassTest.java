package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Vocabulary;
import findings.model.Hit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full search of few matches ranks and counts in one pass, and gives the page, the total and every count that the
 * two passes give (ranking, then counting), on every page, filtered or not.
 */
class OnePassTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void onePassGivesWhatTwoPassesGive() throws Exception {
    // The seeds' 617 paragraphs: every search has few enough matches for one pass.
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over(tmp, "findings-one-pass", twoPasses -> twoPasses.onePass = false)) {
      compare(services);
    }
  }

  private static void compare(FacetIndexes.Compared services) throws Exception {
    List<String> queries = new ArrayList<>(FacetIndexes.OPERATOR_QUERIES);
    queries.addAll(List.of("", "zorbl~1 children"));
    for (String term : Vocabulary.get().terms()) queries.add(term);
    int[] compared = {0};
    int[] filtered = {0};
    FacetIndexes.eachPage(services.switched(), services.shipped(), queries, 2, (request, theirs, ours) -> {
      String what = request.query() + " " + request.filters();
      assertEquals(theirs.total(), ours.total(), what);
      assertEquals(theirs.facets(), ours.facets(), what);
      assertEquals(theirs.hits().stream().map(Hit::id).toList(), ours.hits().stream().map(Hit::id).toList(), what + ", page " + request.page());
      assertEquals(theirs.hits().stream().map(Hit::snippet).toList(), ours.hits().stream().map(Hit::snippet).toList(), what);
      if (ours.hits().isEmpty()) return;
      compared[0]++;
      if (!request.filters().isEmpty()) filtered[0]++;
    });
    assertTrue(compared[0] > 100, "pages compared: " + compared[0]);
    assertTrue(filtered[0] > 50, "filtered pages compared: " + filtered[0]);
  }
}
