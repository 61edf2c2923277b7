package findings.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query already rewritten by Lucene for one reader ({@link FacetedSearcher#preparedRanking}), kept with that reader
 * and searched again without being prepared again.
 *
 * <p>Not rewritten again: rewriting a rewritten query returns it unchanged, but only after visiting and re-checking
 * every clause of it, which for our ranking query was a fifth of ranking a three-word AND at 10,000 paragraphs.
 *
 * <p>Its weights kept: a weight is the query compiled for a searcher — each word looked up in each segment's terms
 * and its statistics read — and a third of a top-20 search of a word or a three-word AND at 10,000 paragraphs went to
 * making it. Lucene shares one weight between the threads that search a reader's segments, so a weight may serve
 * several searches at once as well; it is kept for each searcher over the reader, score mode and boost (a handful:
 * the ranked page, the unscored counts), and a searcher over any other reader gets a weight of its own, not kept.
 */
final class PreparedQuery extends Query {
  /** Past this many, weights are made and not kept (a query is searched in a few ways, by two searchers). */
  private static final int MOST_WEIGHTS = 16;

  private final Query rewritten;
  private final IndexReader reader;
  private final Map<WeightKey, Weight> weights = new ConcurrentHashMap<>();

  private record WeightKey(IndexSearcher searcher, ScoreMode scoreMode, float boost) {}

  /** @param reader the reader {@code rewritten} was rewritten for, the only one whose searchers' weights are kept */
  PreparedQuery(Query rewritten, IndexReader reader) {
    this.rewritten = rewritten;
    this.reader = reader;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (searcher.getIndexReader() != reader) return rewritten.createWeight(searcher, scoreMode, boost);
    WeightKey key = new WeightKey(searcher, scoreMode, boost);
    Weight kept = weights.get(key);
    if (kept != null) return kept;
    Weight made = rewritten.createWeight(searcher, scoreMode, boost);
    if (weights.size() < MOST_WEIGHTS) weights.putIfAbsent(key, made);
    return made;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    rewritten.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return rewritten.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PreparedQuery p && p.rewritten.equals(rewritten);
  }

  @Override
  public int hashCode() {
    return rewritten.hashCode();
  }
}
