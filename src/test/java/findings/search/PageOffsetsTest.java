package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Vocabulary;
import findings.model.Hit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offsets sought once per page give every snippet exactly as Lucene's own strategy, which seeks once per paragraph:
 * words ({@link PageOffsets}) and phrases ({@link PagePhrases}).
 */
class PageOffsetsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void everySnippetIsLucenesOwn() throws Exception {
    // More than one segment, so that a page's paragraphs come from several and each keeps its own postings.
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over(tmp, "findings-page-offsets", lucenes -> lucenes.snippets.pageOffsets = false)) {
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
    List<String> phrases = phrasesOfTheSeeds(services.shipped());
    queries.addAll(phrases);
    // Two phrases in one query, and a phrase beside a word: matched together, in order of position.
    for (int i = 0; i + 1 < phrases.size(); i += 7) {
      queries.add(phrases.get(i) + " " + phrases.get(i + 1));
      queries.add(phrases.get(i) + " OR children");
    }
    int snippets = 0;
    int phraseSnippets = 0;
    for (String query : queries) {
      SearchRequest request = new SearchRequest(query, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE);
      List<Hit> ours = services.shipped().search(request).hits();
      List<Hit> theirs = services.switched().search(request).hits();
      assertEquals(theirs.size(), ours.size(), query);
      for (int i = 0; i < ours.size(); i++) {
        assertEquals(theirs.get(i).id(), ours.get(i).id(), query);
        assertEquals(theirs.get(i).snippet(), ours.get(i).snippet(), query + " → " + ours.get(i).id());
        if (!ours.get(i).snippet().contains("<mark>")) continue;
        snippets++;
        if (phrases.contains(query)) phraseSnippets++;
      }
    }
    assertTrue(snippets > 2000, "marked snippets compared: " + snippets);
    assertTrue(phraseSnippets > 500, "snippets marked by a phrase of the seeds compared: " + phraseSnippets);
  }

  /**
   * Phrases of two and three words as the seeds print them. The thesaurus's own phrases are searched as concept terms,
   * marked word by word; these are marked by their positions, which is what {@link PagePhrases} does.
   */
  private static List<String> phrasesOfTheSeeds(SearchService search) throws Exception {
    Set<String> phrases = new LinkedHashSet<>();
    SearchRequest request = new SearchRequest("children", Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE);
    for (Hit hit : search.search(request).hits()) {
      List<String> words = Arrays.stream(hit.text().split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
      for (int i = 0; i + 3 <= words.size() && i < 60; i += 17) {
        phrases.add("\"" + words.get(i) + " " + words.get(i + 1) + "\"");
        phrases.add("\"" + String.join(" ", words.subList(i, i + 3)) + "\"");
      }
    }
    return List.copyOf(phrases);
  }
}
