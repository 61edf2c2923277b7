package findings.search;

import findings.index.Fields;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax (phrases, AND / OR / NOT, proximity, prefix*, field:value) restricted to the fields a
 * user can name, so that a typo in a field name is an error rather than a silent empty result.
 */
final class FindingsQueryParser extends QueryParser {
  static final Set<String> USER_FIELDS = Set.of(Fields.TEXT, Fields.AUTHORITY, Fields.YEAR, Fields.TYPE, Fields.SECTION,
      Fields.GRADE, Fields.KIND, Fields.THEME, Fields.FOOTNOTES, Fields.HEADINGS);

  FindingsQueryParser(Analyzer analyzer) {
    super(Fields.TEXT, analyzer);
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

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    check(field);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    check(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    check(field);
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    check(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    check(field);
    return super.getRegexpQuery(field, termStr);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    check(field);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    return super.newTermQuery(term, boost);
  }
}
