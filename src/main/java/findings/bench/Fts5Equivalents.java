package findings.bench;

import findings.index.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What Findings matches for a query, written as an FTS5 query, so that the peer can be timed finding the same
 * paragraphs. A query the thesaurus widens matches every equivalent's words ("looked after children": eleven
 * choices, one of them "children in care"), where SQLite given the typed words finds the few paragraphs holding
 * all three; the two figures then time different searches. Given this, SQLite does the same work.
 *
 * <p>Findings' query holds stems (Lucene's Porter stemmer), and the peer's table stems with Porter too, query words
 * included: a stem, stemmed again, is nearly always itself. Whether the two find the same paragraphs is checked
 * where it is used, by counting both.
 */
final class Fts5Equivalents {
  private Fts5Equivalents() {}

  /**
   * {@code matching} (a query of the text's words, terms and exact phrases, ANDs, ORs and NOTs) as an FTS5 query, or
   * nothing where it holds another kind of query or field, which FTS5 cannot say.
   */
  static Optional<String> of(Query matching) {
    try {
      return Optional.of(write(matching));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static String write(Query q) {
    if (q instanceof TermQuery t) return word(t.getTerm());
    if (q instanceof PhraseQuery p) return phrase(p);
    if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) return bool(b);
    throw new UnsupportedOperationException(q.toString());
  }

  private static String word(Term t) {
    if (!t.field().equals(Fields.TEXT)) throw new UnsupportedOperationException(t.toString());
    return quoted(t.text());
  }

  private static String phrase(PhraseQuery p) {
    int[] at = p.getPositions();
    for (int i = 1; i < at.length; i++) if (at[i] != at[i - 1] + 1) throw new UnsupportedOperationException(p.toString());
    if (p.getSlop() != 0) throw new UnsupportedOperationException(p.toString());
    List<String> words = new ArrayList<>();
    for (Term t : p.getTerms()) {
      if (!t.field().equals(Fields.TEXT)) throw new UnsupportedOperationException(t.toString());
      words.add(t.text());
    }
    return quoted(String.join(" ", words)); // an FTS5 string of several words is a phrase
  }

  /** Required clauses ANDed (optional ones beside them only rank), else the optional ones ORed; prohibited ones NOT. */
  private static String bool(BooleanQuery b) {
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    List<String> prohibited = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      switch (c.occur()) {
        case MUST, FILTER -> required.add(write(c.query()));
        case SHOULD -> optional.add(write(c.query()));
        case MUST_NOT -> prohibited.add(write(c.query()));
      }
    }
    String matched = !required.isEmpty() ? joined(required, " AND ") : joined(optional, " OR ");
    if (matched.isEmpty()) throw new UnsupportedOperationException("only prohibited clauses: " + b);
    return prohibited.isEmpty() ? matched : matched + " NOT " + joined(prohibited, " OR ");
  }

  private static String joined(List<String> parts, String operator) {
    if (parts.size() == 1) return parts.get(0);
    return parts.isEmpty() ? "" : "(" + String.join(operator, parts) + ")";
  }

  private static String quoted(String word) {
    return "\"" + word.replace("\"", "\"\"") + "\"";
  }
}
