package findings.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import java.util.HashMap;
import java.util.Map;

/** The analysers for indexing and querying; both sides must agree, so both take them from here. */
public final class Analyzers {
  private Analyzers() {}

  /** English stemming and stop words for report text. */
  public static Analyzer text() {
    return new EnglishAnalyzer();
  }

  /** Text fields analysed as English; keyword fields (authority, grade, …) kept whole. */
  public static Analyzer perField() {
    Map<String, Analyzer> keyword = new HashMap<>();
    KeywordAnalyzer k = new KeywordAnalyzer();
    for (String f : Fields.FACETS) keyword.put(f, k);
    keyword.put(Fields.ID, k);
    keyword.put(Fields.REPORT_ID, k);
    return new PerFieldAnalyzerWrapper(text(), keyword);
  }
}
