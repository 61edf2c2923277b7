package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Vocabulary;
import findings.model.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offsets sought once per page give every snippet exactly as Lucene's own strategy, which seeks once per paragraph. */
class PageOffsetsTest {
  @Test
  void everySnippetIsLucenesOwn() throws Exception {
    // More than one segment, so that a page's paragraphs come from several and each keeps its own postings.
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over("findings-page-offsets", lucenes -> lucenes.pageOffsets = false)) {
      compare(services);
    }
  }

  private static void compare(FacetIndexes.Compared services) throws Exception {
    List<String> queries = new ArrayList<>(FacetIndexes.OPERATOR_QUERIES);
    queries.add("social workers caseloads");
    for (String term : Vocabulary.get().terms()) {
      queries.add(term);
      queries.add("\"" + term + "\"");
    }
    int snippets = 0;
    for (String query : queries) {
      SearchRequest request = new SearchRequest(query, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE);
      List<Hit> ours = services.shipped().search(request).hits();
      List<Hit> theirs = services.switched().search(request).hits();
      assertEquals(theirs.size(), ours.size(), query);
      for (int i = 0; i < ours.size(); i++) {
        assertEquals(theirs.get(i).id(), ours.get(i).id(), query);
        assertEquals(theirs.get(i).snippet(), ours.get(i).snippet(), query + " → " + ours.get(i).id());
        if (ours.get(i).snippet().contains("<mark>")) snippets++;
      }
    }
    assertTrue(snippets > 2000, "marked snippets compared: " + snippets);
  }
}
