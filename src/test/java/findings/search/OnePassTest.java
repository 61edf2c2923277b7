package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Vocabulary;
import findings.model.Hit;
import findings.model.SearchPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A full search of few matches ranks and counts in one pass, and gives the page, the total and every count that the
 * two passes give (ranking, then counting), on every page.
 */
class OnePassTest {
  @Test
  void onePassGivesWhatTwoPassesGive() throws Exception {
    // The seeds' 617 paragraphs: every search has few enough matches for one pass.
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over("findings-one-pass", twoPasses -> twoPasses.onePass = false)) {
      compare(services);
    }
  }

  private static void compare(FacetIndexes.Compared services) throws Exception {
    List<String> queries = new ArrayList<>(FacetIndexes.OPERATOR_QUERIES);
    queries.addAll(List.of("", "zorbl~1 children"));
    for (String term : Vocabulary.get().terms()) queries.add(term);
    int compared = 0;
    for (String query : queries) {
      for (int page = 1; page <= 2; page++) {
        SearchRequest request = new SearchRequest(query, Map.of(), page, 10, SearchRequest.Sort.RELEVANCE);
        SearchPage ours;
        SearchPage theirs;
        try {
          theirs = services.switched().search(request);
        } catch (InvalidRequestException pastTheLast) {
          continue;
        }
        ours = services.shipped().search(request);
        assertEquals(theirs.total(), ours.total(), query);
        assertEquals(theirs.facets(), ours.facets(), query);
        assertEquals(theirs.hits().stream().map(Hit::id).toList(), ours.hits().stream().map(Hit::id).toList(), query + ", page " + page);
        assertEquals(theirs.hits().stream().map(Hit::snippet).toList(), ours.hits().stream().map(Hit::snippet).toList(), query);
        if (!ours.hits().isEmpty()) compared++;
      }
    }
    assertTrue(compared > 100, "pages compared: " + compared);
  }
}
