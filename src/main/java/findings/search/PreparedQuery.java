package findings.search;

import findings.model.RecentlyUsed;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
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
 * several searches at once as well. A weight is kept for each searcher over the reader, score mode and boost (the
 * ranked page, the unscored counts) in the reader's {@link FacetedSearcher#keptWeights}, which holds a bounded number
 * of words in all: a weight holds about 130 bytes for each word and segment (a 100-word thesaurus query's weight was
 * 127 KB at a million paragraphs in nine segments). A searcher of any other reader gets a weight of its own, not kept.
 */
final class PreparedQuery extends Query {
  private final Query rewritten;
  private final IndexReader reader;
  private final RecentlyUsed<WeightKey, KeptWeight> kept;
  /** What a weight of this query holds: its words times the reader's segments. */
  private final long cost;

  /** A kept weight, with what it holds. */
  record KeptWeight(Weight weight, long cost) {}

  /**
   * Which weight: of which prepared query (its {@link #identity}: this one, not one merely equal to it), for which
   * searcher, score mode and boost.
   */
  record WeightKey(Object query, IndexSearcher searcher, ScoreMode scoreMode, float boost) {}

  /** Compared by identity, as a searcher is: the key of this query's weights. */
  private final Object identity = new Object();

  /**
   * @param reader the reader {@code rewritten} was rewritten for, the only one whose searchers' weights are kept
   * @param kept where that reader keeps weights
   */
  PreparedQuery(Query rewritten, IndexReader reader, RecentlyUsed<WeightKey, KeptWeight> kept) {
    this.rewritten = rewritten;
    this.reader = reader;
    this.kept = kept;
    long[] words = {0};
    rewritten.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        words[0] += terms.length;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    this.cost = Math.max(1, words[0]) * Math.max(1, reader.leaves().size());
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (searcher.getIndexReader() != reader) return rewritten.createWeight(searcher, scoreMode, boost);
    WeightKey key = new WeightKey(identity, searcher, scoreMode, boost);
    KeptWeight known = kept.get(key);
    if (known != null) return known.weight();
    Weight made = rewritten.createWeight(searcher, scoreMode, boost);
    // A query of thousands of words (a short wildcard, a long list of thesaurus phrases) would push out the weights of
    // many ordinary ones: it is made afresh each time instead.
    if (cost * 8 <= kept.budget()) kept.put(key, new KeptWeight(made, cost));
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
