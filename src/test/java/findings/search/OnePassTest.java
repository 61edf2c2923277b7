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
 * two passes give (ranking, then counting), on every page, filtered or not.
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
    int filtered = 0;
    for (String query : queries) {
      for (Map<String, List<String>> filters : FacetIndexes.filtersOf(services.switched(), query)) {
        for (int page = 1; page <= 2; page++) {
          SearchRequest request = new SearchRequest(query, filters, page, 10, SearchRequest.Sort.RELEVANCE);
          SearchPage ours;
          SearchPage theirs;
          try {
            theirs = services.switched().search(request);
          } catch (InvalidRequestException pastTheLast) {
            continue;
          }
          ours = services.shipped().search(request);
          assertEquals(theirs.total(), ours.total(), query + " " + filters);
          assertEquals(theirs.facets(), ours.facets(), query + " " + filters);
          assertEquals(theirs.hits().stream().map(Hit::id).toList(), ours.hits().stream().map(Hit::id).toList(), query + " " + filters + ", page " + page);
          assertEquals(theirs.hits().stream().map(Hit::snippet).toList(), ours.hits().stream().map(Hit::snippet).toList(), query + " " + filters);
          if (ours.hits().isEmpty()) continue;
          compared++;
          if (!filters.isEmpty()) filtered++;
        }
      }
    }
    assertTrue(compared > 100, "pages compared: " + compared);
    assertTrue(filtered > 50, "filtered pages compared: " + filtered);
  }
}
