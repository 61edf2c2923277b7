package findings.index;

import java.util.List;

/** Every Lucene field name Findings uses, each with why it is indexed the way it is. */
public final class Fields {
  private Fields() {}

  /** "paragraph" or "report": one index holds both so that a report and its paragraphs commit together. */
  public static final String DOC_TYPE = "docType";
  public static final String PARAGRAPH = "paragraph";
  public static final String REPORT = "report";

  /** Paragraph id {@code reportId/n}: a keyword field, looked up exactly for permalinks. */
  public static final String ID = "id";
  /** Keyword: all paragraphs of one report, for the report page and for replacing a report. */
  public static final String REPORT_ID = "reportId";
  /**
   * Keyword, on a report's document: an id the report had before ({@link findings.model.Report#formerIds}), looked up
   * only when no report has the id asked for, so that a link made with it still leads to the report.
   */
  public static final String FORMER_ID = "formerId";
  /** Keyword: the source file path; a changed or deleted file replaces or removes everything indexed from it. */
  public static final String SOURCE = "source";
  /** Keyword content hash, for finding a copy of a report already indexed from another file. */
  public static final String SHA256 = "sha256";

  /**
   * Doc values of a report document: its source file, content hash, size and modification time, which tell whether
   * the file changed. Doc values, not stored fields: a report document's stored fields sit in blocks compressed with
   * the paragraphs around it, and checking thousands of files at start-up decompressed a block for each.
   */
  public static final String FILE_SOURCE = "fileSource";
  public static final String FILE_SHA256 = "fileSha256";
  public static final String FILE_SIZE = "fileSize";
  public static final String FILE_MODIFIED = "fileModified";

  /**
   * Analysed (English) with offsets in the postings, so the highlighter need not re-analyse stored text; with a
   * concept term stacked wherever a thesaurus phrase stands ({@link Concepts}).
   */
  public static final String TEXT = "text";
  /**
   * Each two neighbouring words of the text as one term ("look after", "after child"), analysed as the text is but
   * without joined hyphenated words: an exact phrase becomes a look-up of one rare term (two words) or a phrase of
   * them (three or more), instead of reading the positions of words as common as "children" and "care".
   */
  public static final String PAIRS = "textPairs";
  /** The section headings above a paragraph, analysed like text: a query that names the section ranks its paragraphs up. */
  public static final String HEADINGS = "headings";

  /**
   * Unstemmed words of the text, for the spell checker ("did you mean") and suggestions as you type: on the report's
   * document, each word of the report once, with how many times it stands there as its term frequency.
   */
  public static final String SPELL = "spell";

  /** A theme that one filter can use across frameworks (children in care, SEND, …), mapped from the section. */
  public static final String THEME = "theme";

  /** Footnotes are searchable but kept apart from the paragraph text they interrupted. */
  public static final String FOOTNOTES = "footnotes";

  /** Keyword fields for field:value queries and filters; the values are the facet labels. */
  public static final String AUTHORITY = "authority";
  public static final String YEAR = "year";
  public static final String TYPE = "type";
  public static final String SECTION = "section";
  public static final String GRADE = "grade";
  public static final String KIND = "kind";

  /** Doc values for sorting by date and for keeping report order; points for date ranges. */
  public static final String PUBLISHED = "published";
  public static final String ORDINAL = "ordinal";

  /** The whole hit, as JSON in UTF-8 bytes: results are rendered from one stored field instead of a dozen. */
  public static final String STORED_HIT = "hitJson";
  /** A report's metadata and graded areas, as JSON, on its report document. */
  public static final String STORED_REPORT = "reportJson";

  /** Facet dimensions in the order the page shows them. */
  public static final List<String> FACETS = List.of(AUTHORITY, YEAR, TYPE, SECTION, GRADE, KIND, THEME);

  /**
   * The doc-values field that holds one facet dimension, or one group's combined values ({@link #COUNTED_TOGETHER}).
   * A paragraph has at most one value in each, so Lucene stores it single-valued and counts a match by reading one
   * ordinal; with every dimension in one shared field it read a list of seven per match. A filtered dimension's
   * sideways counts read only its group's field. Each dimension's own field holds its drill-down terms, which filters
   * match, and its doc values, counted for a dimension that is a group of its own (authority). A grouped dimension's
   * doc values are not counted, but they come with the drill-down terms the facet module writes (writing the terms
   * alone would copy its term format here), cost nothing measurable to index, and let its counts be checked against
   * Lucene's count of its own field ({@code GroupedDimensionCountsTest}).
   */
  public static String facetField(String dim) {
    return "facet_" + dim;
  }

  /**
   * The facet dimensions as they are counted: each group's values are indexed together as one more facet value
   * ("2015\uE001Joint area review" for year and type) and counted in one walk over the matches, and each dimension's
   * counts are summed from its group's. Counting walks the matches once per counted field, whatever the field holds,
   * and that walk was most of a search with many matches (at a million paragraphs, a query matching one in six spent
   * three quarters of its time counting seven dimensions); four walks instead of seven. The groups keep their combined
   * values few, as many as their largest dimension's or a few times more (a section has one theme; five grades by
   * seven kinds), so summing them is cheap. A group of one is its dimension, counted from its own field. Only a
   * group's last dimension may hold free text (a section heading, which a PDF can fill with private-use characters,
   * the separator among them): the others come from fixed lists, so a combined value splits at its first separators.
   */
  public static final List<List<String>> COUNTED_TOGETHER =
      List.of(List.of(AUTHORITY), List.of(THEME, SECTION), List.of(YEAR, TYPE), List.of(GRADE, KIND));

  /** The dimension a group is counted as: "year+type"; a group of one, its own dimension. */
  public static String countedDimension(List<String> group) {
    return String.join("+", group);
  }

  /** Between the values of a group's dimensions in its combined value: a private-use character, like {@link #NO_VALUE}. */
  public static final char GROUP_SEPARATOR = '\uE001';

  /**
   * The facet value of a document that has none in a dimension (a paragraph without a grade, a report document).
   * Every document then has a value in every dimension, so Lucene stores each dimension densely and counting reads a
   * match's value directly, instead of first finding where the match sits among the documents that have one. Never
   * shown: the facet counts leave it out. A private-use character, so no report text can collide with it.
   */
  public static final String NO_VALUE = "\uE000";
}
