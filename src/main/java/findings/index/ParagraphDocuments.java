package findings.index;

import findings.model.Hit;
import findings.model.Json;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportRef;
import findings.model.ReportSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Maps a {@link Report} to its Lucene documents: one per paragraph and one for the report itself. */
public final class ParagraphDocuments {
  /**
   * Offsets in the postings let the UnifiedHighlighter mark matches without re-analysing the text. The text itself
   * is stored once, inside the hit JSON, where the highlighter also takes it from.
   */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /**
   * The spell-check field needs only which reports hold a word and how often (its term frequency, set by
   * {@link AnalysedText.ReportWords}): no positions, no norms.
   */
  private static final FieldType COUNTED_WORDS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    COUNTED_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    COUNTED_WORDS.setOmitNorms(true);
    COUNTED_WORDS.freeze();
  }

  /** Dates are sorted as days since 1970; undated reports sort before every dated one. */
  public static final long UNDATED = Long.MIN_VALUE;

  private final FacetsConfig facetsConfig;
  private final Analyzer textAnalyzer = Analyzers.indexText();

  public ParagraphDocuments(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : Fields.FACETS) {
      config.setIndexFieldName(dim, Fields.facetField(dim));
      // A filter names a value ("grade" "Good"): the term for the dimension alone, which would match every document
      // with any value, is never asked for; it was seven of the twenty-five keyword terms of a paragraph.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
    }
    for (List<String> group : Fields.COUNTED_TOGETHER) {
      if (group.size() < 2) continue;
      String dim = Fields.countedDimension(group);
      config.setIndexFieldName(dim, Fields.facetField(dim));
      // Counted, never filtered by (filters name a dimension): no drill-down terms.
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /** The permalink path of a paragraph, as the contract gives it. */
  public static String url(String reportId, String number) {
    return "/reports/" + reportId + "#p" + number;
  }

  /** The hit of a paragraph, with its report's reference made once for all its paragraphs. */
  private static Hit hitOf(Report r, ReportRef ref, Paragraph p) {
    return new Hit(r.id() + "/" + p.number(), p.number(), ref, p.section(), p.sectionPath(),
        p.grade() == null ? null : p.grade().label(), p.kind().label(), Vocabulary.get().theme(p.sectionPath()), p.page(),
        p.text(), p.footnotes(), null,
        r.citation(p), url(r.id(), p.number()));
  }

  public List<Document> documents(Report r, String source, long size, long modified) throws IOException {
    List<Document> docs = new ArrayList<>(r.paragraphs().size() + 1);
    long day = r.published() == null ? UNDATED : r.published().toEpochDay();
    int ordinal = 0;
    Map<List<String>, AnalysedText> headingsOf = new HashMap<>();
    AnalysedText.ReportWords reportWords = new AnalysedText.ReportWords();
    ReportRef ref = ReportSummary.of(r).ref();
    // A report's paragraphs share their authority, year and type, and a section's their section, theme and mostly
    // their grade and kind: each set of facet values is turned into fields once per report and its fields shared by
    // the paragraphs that have it (Lucene only reads a field it indexes). Building them was 5% of ingest's profile.
    Map<Map<String, String>, List<IndexableField>> facetFieldsOf = new HashMap<>();
    for (Paragraph p : r.paragraphs()) {
      Hit hit = hitOf(r, ref, p);
      Document d = new Document();
      d.add(new StringField(Fields.DOC_TYPE, Fields.PARAGRAPH, Field.Store.NO));
      d.add(new StringField(Fields.ID, hit.id(), Field.Store.YES));
      d.add(new StringField(Fields.REPORT_ID, r.id(), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.REPORT_ID, new BytesRef(r.id())));
      d.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
      AnalysedText analysed = new AnalysedText(textAnalyzer, Fields.TEXT, p.text());
      d.add(new Field(Fields.TEXT, analysed.wordsWithConcepts(Concepts.get()), TEXT_WITH_OFFSETS));
      d.add(new Field(Fields.PAIRS, analysed.pairs(), TextField.TYPE_NOT_STORED));
      reportWords.add(analysed);
      // Every paragraph of a section has the same headings: analysed once per report, replayed for each paragraph.
      AnalysedText headings = headingsOf.computeIfAbsent(p.sectionPath(),
          path -> new AnalysedText(textAnalyzer, Fields.HEADINGS, String.join(" \n ", path)));
      d.add(new Field(Fields.HEADINGS, headings.words(), TextField.TYPE_NOT_STORED));
      for (String footnote : p.footnotes()) d.add(new TextField(Fields.FOOTNOTES, footnote, Field.Store.NO));
      d.add(new LongPoint(Fields.PUBLISHED, day));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
      d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal++));
      d.add(new StoredField(Fields.STORED_HIT, Json.utf8(hit)));
      Map<String, String> values = new HashMap<>();
      values.put(Fields.AUTHORITY, r.authority() == null ? "Unknown" : r.authority());
      values.put(Fields.YEAR, r.year() == null ? null : String.valueOf(r.year()));
      values.put(Fields.TYPE, r.type().label());
      values.put(Fields.SECTION, p.section());
      values.put(Fields.GRADE, hit.grade());
      values.put(Fields.KIND, hit.kind());
      values.put(Fields.THEME, hit.theme());
      List<IndexableField> facetFields = facetFieldsOf.get(values);
      if (facetFields == null) facetFieldsOf.put(values, facetFields = facetFields(values));
      for (IndexableField f : facetFields) d.add(f);
      docs.add(d);
    }
    Document report = new Document();
    report.add(new StringField(Fields.DOC_TYPE, Fields.REPORT, Field.Store.NO));
    report.add(new StringField(Fields.REPORT_ID, r.id(), Field.Store.YES));
    report.add(new SortedDocValuesField(Fields.REPORT_ID, new BytesRef(r.id())));
    for (String former : r.formerIds()) report.add(new StringField(Fields.FORMER_ID, former, Field.Store.NO));
    report.add(new StringField(Fields.SOURCE, source, Field.Store.NO));
    report.add(new StringField(Fields.SHA256, r.sha256(), Field.Store.NO));
    report.add(new BinaryDocValuesField(Fields.FILE_SOURCE, new BytesRef(source)));
    report.add(new BinaryDocValuesField(Fields.FILE_SHA256, new BytesRef(r.sha256())));
    report.add(new NumericDocValuesField(Fields.FILE_SIZE, size));
    report.add(new NumericDocValuesField(Fields.FILE_MODIFIED, modified));
    report.add(new LongPoint(Fields.PUBLISHED, day));
    report.add(new NumericDocValuesField(Fields.PUBLISHED, day));
    report.add(new StoredField(Fields.STORED_REPORT, Json.write(ReportSummary.of(r))));
    report.add(new Field(Fields.SPELL, reportWords.stream(), COUNTED_WORDS));
    // The scored fields, empty: every document then has a norm in them, and Lucene reads a segment's norms by
    // document number instead of through a sparse index of which documents have one (a sixth of a common word's
    // top-20 search at a million paragraphs went to that look-up). No word is indexed, so nothing matches here, and
    // an empty field is not counted in the average length that ranking divides by.
    report.add(new Field(Fields.TEXT, new EmptyTokenStream(), TEXT_WITH_OFFSETS));
    report.add(new Field(Fields.PAIRS, new EmptyTokenStream(), TextField.TYPE_NOT_STORED));
    report.add(new Field(Fields.HEADINGS, new EmptyTokenStream(), TextField.TYPE_NOT_STORED));
    for (IndexableField f : facetFields(Map.of())) report.add(f);
    docs.add(report);
    return docs;
  }

  /** The fields of a document's facet values, as Lucene's facet module writes them ({@link #facets}). */
  private List<IndexableField> facetFields(Map<String, String> values) throws IOException {
    Document d = new Document();
    facets(d, values);
    return facetsConfig.build(d).getFields();
  }

  /**
   * Each dimension's facet value (a dimension missing from {@code values} has none), and each group's combined value
   * ({@link Fields#COUNTED_TOGETHER}).
   */
  private static void facets(Document d, Map<String, String> values) {
    for (String dim : Fields.FACETS) facet(d, dim, values.get(dim));
    for (List<String> group : Fields.COUNTED_TOGETHER) {
      if (group.size() < 2) continue;
      StringBuilder combined = new StringBuilder();
      for (String dim : group) {
        if (combined.length() > 0) combined.append(Fields.GROUP_SEPARATOR);
        combined.append(facetValue(values.get(dim)));
      }
      d.add(new SortedSetDocValuesFacetField(Fields.countedDimension(group), combined.toString()));
    }
  }

  /** The value a dimension is counted by: its own, or {@link Fields#NO_VALUE}. */
  private static String facetValue(String value) {
    return value == null || value.isBlank() ? Fields.NO_VALUE : value;
  }

  /**
   * A facet value, plus the same value lower-cased as a keyword term so that {@code grade:good} finds it; no value is
   * {@link Fields#NO_VALUE}, in the facet only.
   */
  private static void facet(Document d, String dim, String value) {
    if (facetValue(value).equals(Fields.NO_VALUE)) {
      d.add(new SortedSetDocValuesFacetField(dim, Fields.NO_VALUE));
      return;
    }
    d.add(new SortedSetDocValuesFacetField(dim, value));
    d.add(new StringField(dim, value.toLowerCase(Locale.ROOT), Field.Store.NO));
  }
}
