package findings.search;

import findings.index.Analyzers;
import findings.index.CommonWords;
import findings.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Exact phrases of common words over the text rewritten over their word pairs ({@link Fields#PAIRS}): "young people"
 * becomes the one term "young peopl", "children in care" the phrase "children in", "in care". The same paragraphs
 * match; they are found from the few paragraphs holding the pairs instead of the many holding each word. Only pairs
 * of {@link CommonWords} are indexed; a phrase holding any other word stays over positions, where that word's
 * shorter list of paragraphs leads.
 */
final class PhrasePairs {
  private PhrasePairs() {}

  /**
   * The clauses that decide what matches, rewritten; the optional ranking clauses beside them stay over the words, so
   * that ranking scores phrases by their words as before (scoring by pair rarity measured lower on the relevance
   * set: nDCG@10 0.900 against 0.906). A quoted phrase is its own matching clause, so it is the one sped up.
   */
  static Query rewriteMatching(Query q) {
    if (!(q instanceof BooleanQuery bq)) return rewrite(q);
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) out.add(c.isRequired() ? rewrite(c.query()) : c.query(), c.occur());
    return out.build();
  }

  static Query rewrite(Query q) {
    if (q instanceof PhraseQuery p) return pairs(p);
    if (q instanceof BoostQuery b) {
      Query inner = rewrite(b.getQuery());
      return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (BooleanClause c : bq.clauses()) {
        Query inner = rewrite(c.query());
        changed |= inner != c.query();
        out.add(inner, c.occur());
      }
      return changed ? out.build() : bq;
    }
    return q;
  }

  /** Only exact phrases of the text whose words are common and stand one after another; anything else is left as it is. */
  private static Query pairs(PhraseQuery p) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (p.getSlop() != 0 || terms.length < 2 || !p.getField().equals(Fields.TEXT)) return p;
    for (int i = 1; i < positions.length; i++) if (positions[i] != positions[i - 1] + 1) return p;
    CommonWords common = CommonWords.get();
    for (Term t : terms) if (!common.contains(t.text())) return p;
    if (terms.length == 2) return new TermQuery(pairTerm(terms[0], terms[1]));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < terms.length; i++) b.add(pairTerm(terms[i], terms[i + 1]), i);
    return b.build();
  }

  private static Term pairTerm(Term first, Term second) {
    return new Term(Fields.PAIRS, Analyzers.pair(first.text(), second.text()));
  }
}
