package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.bench.RelevanceSet;
import findings.index.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain query with thesaurus terms ranks by clauses standing beside its matching query instead of under it
 * ({@code QueryBuilder.rankedBesideMatching}), for the top of its ranking: that holds only if every clause but the
 * heading's matches nowhere the matching query does not. Checked here as what users see: the same paragraphs, each
 * with the same score, as the query with its ranking under the filter (which ranks every match: exports, searches of
 * few matches), and the same paragraphs from the matching query alone (what counts them).
 */
class RankedBesideMatchingTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static final String[] OTHER_WORDS = {"services", "children", "young people", "support", "the council",
      "care", "health", "respite", "plans", "good", "schools", "in"};
  @AutoClose
  private static SeedsSearcher seeds;
  private static final QueryBuilder queries = new QueryBuilder();

  @BeforeAll
  static void indexSeeds() throws Exception {
    seeds = SeedsSearcher.open(tmp, "findings-beside");
  }

  /** Each matching paragraph's score, by document number. */
  private static Map<Integer, Float> scores(Query q) throws Exception {
    Map<Integer, Float> out = new TreeMap<>();
    for (ScoreDoc sd : seeds.searcher().search(q, seeds.reader().maxDoc()).scoreDocs) out.put(sd.doc, sd.score);
    return out;
  }

  /** Every thesaurus term alone, beside other words, two together; the relevance set's queries; random seed words. */
  private static Set<String> queries() throws Exception {
    Set<String> texts = new LinkedHashSet<>();
    List<String> terms = Vocabulary.get().terms();
    Random random = new Random(26);
    for (String term : terms) {
      texts.add(term);
      texts.add(term + " " + OTHER_WORDS[random.nextInt(OTHER_WORDS.length)]);
      texts.add(OTHER_WORDS[random.nextInt(OTHER_WORDS.length)] + " " + term);
      texts.add(term + " " + terms.get(random.nextInt(terms.size())));
    }
    texts.addAll(RelevanceSet.load().queries());
    List<String> seedWords = new ArrayList<>();
    for (String w : Files.readString(Path.of("seeds").resolve(firstSeed())).split("[^A-Za-z]+")) {
      if (w.length() > 3) seedWords.add(w);
    }
    for (int i = 0; i < 100; i++) {
      StringBuilder q = new StringBuilder(seedWords.get(random.nextInt(seedWords.size())));
      for (int n = random.nextInt(3); n > 0; n--) q.append(' ').append(seedWords.get(random.nextInt(seedWords.size())));
      texts.add(q.toString());
    }
    return texts;
  }

  private static String firstSeed() throws Exception {
    try (var files = Files.list(Path.of("seeds"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }

  @Test
  void theSameParagraphsMatchWithTheSameScores() throws Exception {
    int reshaped = 0;
    int reshapedWithMatches = 0;
    for (String text : queries()) {
      Query besideQuery = queries.userQuery(text);
      Query underQuery = queries.everyMatchRanked(text);
      Map<Integer, Float> expected = scores(underQuery);
      Map<Integer, Float> actual = scores(besideQuery);
      assertEquals(expected.keySet(), actual.keySet(), "paragraphs of " + text);
      for (var e : expected.entrySet()) {
        float got = actual.get(e.getKey());
        assertEquals(e.getValue(), got, Math.abs(e.getValue()) * 1e-5f, "score of paragraph " + e.getKey() + " for " + text);
      }
      assertEquals(expected.keySet(), scores(queries.matchingQuery(text)).keySet(), "paragraphs counted for " + text);
      if (!besideQuery.equals(underQuery)) {
        reshaped++;
        if (!expected.isEmpty()) reshapedWithMatches++;
        assertNotEquals(besideQuery, queries.matchingQuery(text), "counting reads the matching query alone: " + text);
      }
    }
    // The check means something only if many queries take the other shape and find paragraphs in the seeds.
    assertTrue(reshaped > 200, "queries ranked beside their matching query: " + reshaped);
    assertTrue(reshapedWithMatches > 50, "of them with matches in the seeds: " + reshapedWithMatches);
  }

  @Test
  void queriesWithOperatorsOrQuotesKeepTheirRankingUnderTheFilter() {
    for (String text : List.of("looked after children NOT respite", "\"looked after children\"", "UASC OR respite")) {
      assertEquals(queries.everyMatchRanked(text), queries.userQuery(text), text);
    }
  }
}
