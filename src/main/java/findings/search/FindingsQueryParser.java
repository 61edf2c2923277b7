package findings.search;

import findings.index.Concepts;
import findings.index.Fields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's classic syntax (phrases, AND / OR / NOT, proximity, prefix*, field:value) restricted to the fields a
 * user can name, so that a typo in a field name is an error rather than a silent empty result.
 */
final class FindingsQueryParser extends QueryParser {
  static final Set<String> USER_FIELDS = Set.of(Fields.TEXT, Fields.AUTHORITY, Fields.YEAR, Fields.TYPE, Fields.SECTION,
      Fields.GRADE, Fields.KIND, Fields.THEME, Fields.FOOTNOTES, Fields.HEADINGS);

  /**
   * Set when thesaurus phrases are to be read as their sets' concept terms (see {@link Concepts}): a quoted term of the
   * thesaurus, and the choice between a term's phrases when multi-word synonyms are parsed as phrases; else null.
   */
  private final Concepts concepts;

  FindingsQueryParser(Analyzer analyzer) {
    this(analyzer, null);
  }

  FindingsQueryParser(Analyzer analyzer, Concepts concepts) {
    super(Fields.TEXT, analyzer);
    this.concepts = concepts;
  }

  private void check(String field) throws ParseException {
    if (!USER_FIELDS.contains(field)) {
      throw new ParseException("unknown field '" + field + "': fields are authority, year, type, section, grade, kind, theme"
          + " (put a phrase containing ':' in quotes)");
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    check(field);
    return super.getFieldQuery(field, queryText, quoted);
  }

  /** A quoted phrase (Lucene hands its slop, 0 unless "…"~N). */
  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    check(field);
    if (concepts != null && field.equals(Fields.TEXT)) {
      // "looked after children" in quotes matches exactly the paragraphs holding a phrase of its set: one term's postings.
      // With a slop too: Lucene reads a phrase the thesaurus expands as its set's exact phrases, whatever the slop
      // (ConceptsTest), and those were a dozen phrase queries of common words in the proximity boost of every
      // unquoted thesaurus term: "looked after children" took 230 ms at a million paragraphs.
      List<String> terms = concepts.termsOfPhrase(queryText);
      if (!terms.isEmpty()) return anyOf(terms);
    }
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    check(field);
    checkWildcard(termStr + "*"); // Lucene hands over the prefix without its star
    return WrittenWordsQuery.of(super.getPrefixQuery(field, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    check(field);
    checkWildcard(termStr);
    return WrittenWordsQuery.of(super.getWildcardQuery(field, termStr));
  }

  /** "a*" would walk every word of a million paragraphs; two letters first keep a wildcard cheap and useful. */
  private static void checkWildcard(String term) throws ParseException {
    int firstWildcard = firstIndexOf(term, '*', '?');
    if (firstWildcard >= 0 && firstWildcard < MIN_WILDCARD_PREFIX) {
      throw new ParseException("a wildcard needs at least " + MIN_WILDCARD_PREFIX + " letters before it ('" + term + "')");
    }
  }

  private static int firstIndexOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }

  static final int MIN_WILDCARD_PREFIX = 2;

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    check(field);
    return WrittenWordsQuery.of(super.getFuzzyQuery(field, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    check(field);
    // Regular expressions can cost without bound over a large index, and researchers do not need them.
    throw new ParseException("regular expressions (/…/) are not supported; use word* or quotes");
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    check(field);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  /**
   * A choice between the phrases a thesaurus term expands into (words typed without quotes, parsed with
   * multi-word synonyms as phrases): the concept terms of its sets, when the phrases are exactly theirs. A choice
   * between loose conjunctions (words anywhere) is another meaning and stays as it is.
   */
  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    // The thesaurus lists singular and plural ("short break", "short breaks"), which stem alike: each path once.
    List<Query> paths = new ArrayList<>(new LinkedHashSet<Query>(toList(queries)));
    if (concepts == null) return super.newGraphSynonymQuery(paths.iterator());
    List<List<String>> phrases = new ArrayList<>();
    for (Query path : paths) {
      List<String> words = exactWords(path);
      if (words == null) return super.newGraphSynonymQuery(paths.iterator());
      phrases.add(words);
    }
    List<String> terms = concepts.termsOfPhrases(phrases);
    if (terms.isEmpty()) return super.newGraphSynonymQuery(paths.iterator());
    return anyOf(terms);
  }

  private static List<Query> toList(Iterator<Query> queries) {
    List<Query> out = new ArrayList<>();
    queries.forEachRemaining(out::add);
    return out;
  }

  /**
   * Words at one position with their one-word synonyms, each stem once: "apprenticeship, apprenticeships, apprentice,
   * apprentices" stem to two words, and a word listed twice would be read twice and its frequency counted twice.
   */
  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    Map<BytesRef, TermAndBoost> distinct = new LinkedHashMap<>();
    for (TermAndBoost t : terms) distinct.merge(t.term(), t, (a, b) -> a.boost() >= b.boost() ? a : b);
    if (distinct.size() == 1) {
      TermAndBoost only = distinct.values().iterator().next();
      return newTermQuery(new Term(field, only.term()), only.boost());
    }
    return super.newSynonymQuery(field, distinct.values().toArray(new TermAndBoost[0]));
  }

  /** The words of a one-word or exact phrase query of the text, in order, or null for any other query. */
  private static List<String> exactWords(Query q) {
    if (q instanceof TermQuery t && t.getTerm().field().equals(Fields.TEXT)) return List.of(t.getTerm().text());
    if (q instanceof PhraseQuery p && p.getSlop() == 0 && p.getField().equals(Fields.TEXT)) {
      int[] positions = p.getPositions();
      for (int i = 1; i < positions.length; i++) if (positions[i] != positions[i - 1] + 1) return null;
      List<String> words = new ArrayList<>();
      for (Term t : p.getTerms()) words.add(t.text());
      return words;
    }
    return null;
  }

  private static Query anyOf(List<String> terms) {
    if (terms.size() == 1) return new TermQuery(new Term(Fields.TEXT, terms.get(0)));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String t : terms) any.add(new TermQuery(new Term(Fields.TEXT, t)), BooleanClause.Occur.SHOULD);
    return any.build();
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    return super.newTermQuery(term, boost);
  }
}
