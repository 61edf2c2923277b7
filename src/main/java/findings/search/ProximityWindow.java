package findings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The top of a ranking of many matches found from two cheap rankings and then ranked by the whole query, as search
 * engines rescore: the first {@link #WINDOW} paragraphs by the words without the proximity boosts, and as many by the
 * words as an exact phrase, are scored by the whole query (Lucene's {@link QueryRescorer}) and lead in that order; the
 * rest follow in the first ranking's order.
 *
 * <p>Why: a plain text of several words ranks paragraphs holding them close together higher, by a phrase with a slop,
 * which Lucene scores from the words' positions. Lucene bounds that phrase's score, to skip paragraphs that cannot reach
 * the page, from each word's frequency alone, which for common words is met nearly everywhere; so it read the positions
 * of every paragraph holding all the words: at a million paragraphs "young people" (446,845 matches) took 56 ms, "of
 * the" 115 ms. Without the boosts, and as an exact phrase (over the word pairs for common words), each first ranking
 * skips to its top in a few ms. The words alone miss paragraphs that rank high only by the words' closeness, and the
 * phrase alone those that rank by the words and headings; between them they gave the top 60 that scoring every match
 * gave, for twenty such texts at 10,000, 100,000 and a million paragraphs (BENCHMARKS.md, "Proximity round").
 *
 * <p>Only for searches of many matches ({@link #MIN_MATCHES}, estimated; SearchService): with fewer, scoring every
 * match by the whole query costs no more. The windows are fixed, so every page of a search comes from one ranking,
 * whichever page is asked for.
 */
final class ProximityWindow {
  private ProximityWindow() {}

  /** Paragraphs taken from the top of each first ranking. */
  static final int WINDOW = 1000;

  /**
   * Above this many estimated matches a search is ranked so. At a million paragraphs, "voice of the child" (5,033
   * matches) took longer so than scored in full, "work with families" (71,941) as long, and "the council" (163,398)
   * half as long. Far above {@link FacetedSearcher#MOST_MATCHES_IN_ONE_PASS}: a search ranked in one pass with its
   * counts is ranked by its whole query, and every page of one search must come from one ranking.
   */
  static final long MIN_MATCHES = 50_000;

  /**
   * The two first rankings of a query with proximity boosts: the query without them, which matches the same paragraphs,
   * and the words as an exact phrase, which matches some of them.
   */
  record Split(Query firstPass, Query adjacent) {}

  /**
   * {@code ranking} without its proximity boosts (its optional phrases with a slop beside a required clause), with
   * {@code adjacent}; null when it has no such boost.
   */
  static Split split(Query ranking, Query adjacent) {
    if (!(ranking instanceof BooleanQuery query) || query.getMinimumNumberShouldMatch() != 0) return null;
    BooleanQuery.Builder first = new BooleanQuery.Builder();
    boolean required = false;
    boolean boosts = false;
    for (BooleanClause c : query.clauses()) {
      required |= c.occur() == BooleanClause.Occur.MUST;
      if (c.occur() == BooleanClause.Occur.SHOULD && isSloppyPhrase(c.query())) {
        boosts = true;
      } else {
        first.add(c);
      }
    }
    return required && boosts ? new Split(first.build(), adjacent) : null;
  }

  /** A phrase with a slop (of a word with its synonyms too), boosted or not. */
  private static boolean isSloppyPhrase(Query q) {
    if (q instanceof BoostQuery b) return isSloppyPhrase(b.getQuery());
    return q instanceof PhraseQuery p && p.getSlop() > 0 || q instanceof MultiPhraseQuery m && m.getSlop() > 0;
  }

  /** The depth of the first ranking that gives {@code topN} paragraphs, whichever of them the exact phrase took. */
  static int firstPassDepth(int window, int topN) {
    return topN <= window ? window : topN + window;
  }

  /**
   * The top {@code topN}: the first {@code window} of {@code firstPass} and of {@code adjacent} ranked by {@code
   * whole} (the query with its filters: a paragraph it does not match is left out), then the rest of {@code firstPass}
   * in its order. {@code firstPass} is {@link #firstPassDepth} deep where it has as many paragraphs.
   */
  static TopDocs rank(IndexSearcher searcher, TopDocs firstPass, TopDocs adjacent, Query whole, int window, int topN)
      throws IOException {
    ScoreDoc[] first = firstPass.scoreDocs;
    // By document, so that paragraphs of equal scores stay in document order, as Lucene's own ranking leaves them.
    TreeMap<Integer, ScoreDoc> candidates = new TreeMap<>();
    for (int i = 0; i < Math.min(window, first.length); i++) candidates.put(first[i].doc, new ScoreDoc(first[i].doc, 0));
    for (ScoreDoc d : adjacent.scoreDocs) candidates.putIfAbsent(d.doc, new ScoreDoc(d.doc, 0));
    ScoreDoc[] inDocOrder = candidates.values().toArray(ScoreDoc[]::new);
    TopDocs rescored = new QueryRescorer(whole) {
      @Override
      protected float combine(float firstPassScore, boolean matches, float wholeScore) {
        return matches ? wholeScore : Float.NEGATIVE_INFINITY;
      }
    }.rescore(searcher, new TopDocs(new TotalHits(inDocOrder.length, TotalHits.Relation.EQUAL_TO), inDocOrder),
        inDocOrder.length);
    List<ScoreDoc> top = new ArrayList<>(Math.min(topN, first.length + inDocOrder.length));
    for (ScoreDoc d : rescored.scoreDocs) {
      if (top.size() == topN || d.score == Float.NEGATIVE_INFINITY) break;
      top.add(d);
    }
    for (int i = Math.min(window, first.length); i < first.length && top.size() < topN; i++) {
      if (!candidates.containsKey(first[i].doc)) top.add(first[i]);
    }
    return new TopDocs(firstPass.totalHits, top.toArray(ScoreDoc[]::new));
  }
}
