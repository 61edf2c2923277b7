package findings.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query already rewritten by Lucene for one searcher's reader ({@link FacetedSearcher#preparedRanking}), which
 * Lucene need not walk again: rewriting a rewritten query returns it unchanged, but only after visiting and
 * re-checking every clause of it, which for our ranking query was a fifth of ranking a three-word AND at 10,000
 * paragraphs. Valid on that reader only, and kept with it.
 */
final class PreparedQuery extends Query {
  private final Query rewritten;

  PreparedQuery(Query rewritten) {
    this.rewritten = rewritten;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return rewritten.createWeight(searcher, scoreMode, boost);
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
