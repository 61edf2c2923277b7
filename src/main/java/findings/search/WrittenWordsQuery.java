package findings.search;

import findings.index.Analyzers;
import findings.index.Fields;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A word typed with a wildcard ({@code educat*}, {@code organi?ation}) or as a fuzzy word ({@code fostering~1})
 * matched against the words as the reports write them, not only against the stems the text is indexed by. The
 * stemmer cuts "education" to "educ", so Lucene's own prefix query on the text found nothing for {@code educat*}, nor
 * for {@code participat*}, {@code accommodat*} or {@code investigat*}: the truncations researchers type; and
 * {@code fostering~1} found nothing, "fostering" being "foster" in the text. On each reader the pattern is matched
 * against the written words ({@link Fields#SPELL}), each of those is analysed as the text was, and the stems found,
 * with the text's own terms that the pattern matches (as before), are sought together and scored as those words
 * written out would be ({@link #MOST_SCORED}).
 */
final class WrittenWordsQuery extends Query {
  /**
   * Lucene's query of the pattern on its field (the text, headings or footnotes); what this query is, read only as
   * the field's stems.
   */
  private final MultiTermQuery onField;

  private WrittenWordsQuery(MultiTermQuery onField) {
    this.onField = onField;
  }

  /**
   * A prefix, wildcard or fuzzy query of the text, the headings or the footnotes read against the written words too;
   * any other query as it is. The headings and footnotes are analysed as the text is, so the words the text writes
   * stand for their stems there too, beside the field's own terms that the pattern matches.
   */
  static Query of(Query parsed) {
    if (parsed instanceof MultiTermQuery m && STEMMED.contains(m.getField())
        && (m instanceof PrefixQuery || m instanceof WildcardQuery || m instanceof FuzzyQuery)) {
      return new WrittenWordsQuery(m);
    }
    return parsed;
  }

  /** How many times any pattern has been matched against a reader's words; read only by tests. */
  static final AtomicLong expansions = new AtomicLong();

  /** The fields analysed as the text is, to stems. */
  private static final Set<String> STEMMED = Set.of(Fields.TEXT, Fields.HEADINGS, Fields.FOOTNOTES);

  /** The same pattern on the written words. */
  private MultiTermQuery onWritten() {
    return switch (onField) {
      case PrefixQuery p -> new PrefixQuery(new Term(Fields.SPELL, p.getPrefix().bytes()));
      case FuzzyQuery f -> new FuzzyQuery(new Term(Fields.SPELL, f.getTerm().bytes()), f.getMaxEdits(), f.getPrefixLength(),
          FuzzyQuery.defaultMaxExpansions, f.getTranspositions());
      default -> new WildcardQuery(new Term(Fields.SPELL, ((WildcardQuery) onField).getTerm().bytes()));
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Set<BytesRef> stems = stems(searcher);
    if (stems.isEmpty()) return new MatchNoDocsQuery("no word matches " + this);
    MultiTermQuery.RewriteMethod scoring = stems.size() > MOST_SCORED
        ? MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE : MultiTermQuery.SCORING_BOOLEAN_REWRITE;
    return new TermInSetQuery(scoring, onField.getField(), stems);
  }

  /**
   * Up to this many stems, a pattern's paragraphs are ranked as its words written out would be, each stem scored as
   * a word is (Lucene's scoring rewrite): {@code educat*} ranks the paragraphs most about education first, where a
   * constant score left every match alike, in the order of the index. Beyond it (a short prefix such as {@code c*}),
   * they stay alike: one set of terms, which does not score each of hundreds of words' postings.
   */
  static final int MOST_SCORED = 64;

  /**
   * The same words as single terms, for the highlighter, which marks the terms of a query it is given and cannot
   * read a pattern's words from the reader: at most {@code limit} of them, the first in the index's order.
   */
  Query markingOn(IndexSearcher searcher, int limit) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (BytesRef stem : stems(searcher)) {
      if (n++ == limit) break;
      any.add(new TermQuery(new Term(onField.getField(), stem)), BooleanClause.Occur.SHOULD);
    }
    return n == 0 ? new MatchNoDocsQuery() : any.build();
  }

  /**
   * The stems this pattern stands for on the searcher's reader, found once per reader where it keeps them
   * ({@link FacetedSearcher#writtenStems}): a search rewrites its query for ranking, for counting and for marking,
   * and each found them again. At a million paragraphs, finding a fuzzy word's stems takes milliseconds (its
   * automata matched against every word written and every stem).
   */
  private Set<BytesRef> stems(IndexSearcher searcher) throws IOException {
    if (!(searcher instanceof FacetedSearcher faceted)) return stems(searcher.getIndexReader());
    Set<BytesRef> known = faceted.writtenStems.get(onField);
    if (known == null) {
      known = Collections.unmodifiableSet(stems(faceted.getIndexReader()));
      faceted.writtenStems.put(onField, known);
    }
    return known;
  }

  /** The stems this pattern stands for on {@code reader}, in the order of the index. */
  private Set<BytesRef> stems(IndexReader reader) throws IOException {
    expansions.incrementAndGet();
    Set<BytesRef> stems = new TreeSet<>();
    Terms text = MultiTerms.getTerms(reader, onField.getField());
    if (text != null) {
      TermsEnum matching = onField.getTermsEnum(text);
      for (BytesRef t = matching.next(); t != null; t = matching.next()) stems.add(BytesRef.deepCopyOf(t));
    }
    Terms written = MultiTerms.getTerms(reader, Fields.SPELL);
    if (written != null) {
      TermsEnum matching = onWritten().getTermsEnum(written);
      for (BytesRef w = matching.next(); w != null; w = matching.next()) stems.addAll(Analyzers.textTerms(w.utf8ToString()));
    }
    return stems;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // As the pattern on the text: what the query parser's checks and the query's users see of it.
    onField.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "written:" + onField.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && onField.equals(((WrittenWordsQuery) other).onField);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + onField.hashCode();
  }
}
