package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A report typeset as a PDF (page breaks, running header, page numbers) ingests to the same report as its text. */
class PdfIngestTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir Path tmp;

  static Stream<Path> seeds() throws Exception {
    return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pdfOfSeedGivesTheSameReportAsItsText(Path seed) throws Exception {
    Path pdf = tmp.resolve(seed.getFileName().toString().replace(".txt", ".pdf"));
    PdfTypesetter.write(seed, pdf);
    Report fromText = READER.read(seed);
    Report fromPdf = READER.read(pdf);

    assertEquals(fromText.id(), fromPdf.id());
    assertEquals(fromText.title(), fromPdf.title(), "a cover's cell wraps a long subject in the PDF");
    assertEquals(fromText.authority(), fromPdf.authority());
    assertEquals(fromText.type(), fromPdf.type());
    assertEquals(fromText.published(), fromPdf.published());
    assertEquals(fromText.reference(), fromPdf.reference());
    assertEquals(fromText.gradedAreas(), fromPdf.gradedAreas());

    Map<String, Paragraph> pdfByNumber = fromPdf.paragraphs().stream().filter(Paragraph::printed)
        .collect(Collectors.toMap(Paragraph::number, Function.identity()));
    List<Paragraph> numbered = fromText.paragraphs().stream().filter(Paragraph::printed).toList();
    for (Paragraph expected : numbered) {
      Paragraph actual = pdfByNumber.get(expected.number());
      assertNotNull(actual, "paragraph " + expected.number() + " missing from the PDF");
      assertEquals(words(expected.text()), words(actual.text()), "text of paragraph " + expected.number());
      assertEquals(expected.section(), actual.section(), "section of paragraph " + expected.number());
      assertEquals(expected.grade(), actual.grade(), "grade of paragraph " + expected.number());
      assertEquals(expected.footnotes().stream().map(PdfIngestTest::words).toList(),
          actual.footnotes().stream().map(PdfIngestTest::words).toList(), "footnotes of paragraph " + expected.number());
    }
    assertEquals(numbered.size(), pdfByNumber.size(), "numbered paragraphs");
    for (Paragraph p : fromPdf.paragraphs()) {
      assertNotNull(p.page(), "a PDF paragraph knows its page");
      assertFalse(p.text().contains(PdfTypesetter.HEADER), "running header in paragraph " + p.number());
      assertFalse(p.text().matches("(?s).*\\bPage \\d+ of \\d+\\b.*"), "page footer in paragraph " + p.number());
    }
    assertTrue(fromPdf.paragraphs().stream().mapToInt(Paragraph::page).max().orElse(0) > 1, "paragraphs on later pages");
  }

  /** Compare words, not layout: a PDF gives no tabs or line breaks inside lists. */
  private static String words(String s) {
    return s.replace("\n- ", " ").replace("\n  - ", " ").replace("\n", " ").replaceAll("\\s+", " ").replace("?", "").strip();
  }

  /**
   * A browser's print of the City of London self-assessment's summary tables (self-assessment-tables.txt, the seed's
   * lines, made HTML tables in self-assessment-tables-chromium.html): bordered, padded, and their long cells wrapped
   * over many lines in both columns at once. Each row is read whole, as in the text: the strengths, areas for
   * improvement and risks tables give the same paragraphs.
   */
  @Test
  void aTableWhoseCellsWrapInEveryColumnReadsRowByRow() throws Exception {
    Report text = Fixtures.read("self-assessment-tables.txt");
    Report pdf = Fixtures.read("self-assessment-tables-chromium.pdf");
    List<String> pdfTexts = pdf.paragraphs().stream().map(Paragraph::text).toList();
    int tables = 0;
    for (Paragraph p : text.paragraphs()) {
      if (!p.text().matches("(?s)^(Strength or Outcome|Area for Improvement|Risk) \\| Reference to further information\\n.*")) continue;
      tables++;
      assertTrue(pdfTexts.contains(p.text()), p.text().substring(0, 60));
    }
    assertEquals(3, tables);
    // A header row whose gap before "Requires improvement" is narrow (the cell above it is full) splits there too, as
    // the columns of the rows under it show; "Outstanding Good" stays one: no row shows that column's start.
    assertTrue(pdfTexts.stream().anyMatch(t -> t.startsWith("Total number inspected | Outstanding Good | Requires improvement"
        + " | Inadequate | % Good or Better\n")), String.join("\n\n", pdfTexts));
  }

  /**
   * A joint area review's strengths and weaknesses tables as a PDF gives them: each cell a list whose items wrap, its
   * bullets drawn (no character) or printed and hung left of the lines by a browser (strengths-tables-chromium.html),
   * or Symbol's bullets set apart from their items by a tab by a word processor (strengths-tables-libreoffice.fodt);
   * the column headings centred. Each column is one paragraph of its kind, each item an item of it, every item in its
   * own column; and the section is graded by its opening sentence, the report having no scores table.
   */
  @ParameterizedTest
  @ValueSource(strings = {"strengths-tables-chromium.pdf", "strengths-tables-libreoffice.pdf"})
  void aStrengthsTablesListsKeepTheirItemsInTheirColumns(String printed) throws Exception {
    Report r = Fixtures.read(printed);
    Map<String, Paragraph> byNumber = r.paragraphs().stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
    assertEquals(List.of("1", "u1", "u2", "2", "3", "u3", "u4", "4"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("""
        - Effective multi-agency arrangements for responding to domestic violence, with good links to the police and housing services.
        - Good quality foster care placements which are stable and meet the needs of most children well.
        - Prompt responses to child protection referrals by the duty and assessment team.
        - Well established arrangements for safer recruitment across the partnership.""", byNumber.get("u1").text());
    assertEquals(Kind.STRENGTH, byNumber.get("u1").kind());
    assertEquals("""
        - Inconsistent thresholds for access to social care services, which partners do not understand well.
        - Too many initial assessments are not completed within timescales.""", byNumber.get("u2").text());
    assertEquals(Kind.WEAKNESS, byNumber.get("u2").kind());
    assertEquals("""
        - Care plans are of good quality and reviewed on time by independent reviewing officers.
        - Placement stability has improved and is now better than in similar areas.""", byNumber.get("u3").text());
    assertEquals("""
        - Health assessments for children placed out of the borough are often late.
        - Too few care leavers are in education, employment or training at nineteen.
        - Pathway plans do not always reflect young people’s views.""", byNumber.get("u4").text());
    assertEquals(Kind.WEAKNESS, byNumber.get("u4").kind());
    assertEquals(List.of(new GradedArea("Staying safe", Grade.ADEQUATE),
        new GradedArea("Looked after children and young people", Grade.GOOD)), r.gradedAreas());
    assertEquals(Grade.ADEQUATE, byNumber.get("u2").grade());
    assertEquals(Grade.GOOD, byNumber.get("4").grade());
  }

  /**
   * A strengths table that runs over a page (strengths-table-over-a-page-chromium.html): an item of each column goes on
   * at the top of the next page, and the first column's items after the second column has ended, their bullets left of
   * the line above them.
   */
  @Test
  void aStrengthsTableOverAPageKeepsItsItemsWhole() throws Exception {
    Report r = Fixtures.read("strengths-table-over-a-page-chromium.pdf");
    assertEquals(List.of("1", "u1", "u2", "2"), r.paragraphs().stream().map(Paragraph::number).toList());
    Paragraph strengths = r.paragraphs().get(1);
    assertEquals(Kind.STRENGTH, strengths.kind());
    assertEquals("""
        - Health visitors reach almost every family with a new baby within two weeks of the birth, and parents value their advice.
        - Teenage conception rates have fallen faster than in similar areas. Sexual health services for young people are easy to reach and well used.
        - Child and adolescent mental health services respond quickly to urgent referrals from schools and social workers.
        - Looked after children have their health assessments on time.""", strengths.text());
    assertEquals(1, strengths.page());
    assertEquals("""
        - Too few schools have achieved healthy schools status, and the programme has lost the support of several secondary head teachers.
        - Waiting times for speech and language therapy are too long for children under five, and parents are not told how long they will wait.""",
        r.paragraphs().get(2).text());
    assertEquals(Kind.WEAKNESS, r.paragraphs().get(2).kind());
    assertEquals(Grade.GOOD, r.paragraphs().get(3).grade());
  }

  /**
   * A committee report set in two justified columns under a full-width cover table (committee-two-columns.txt, made
   * HTML with CSS columns in committee-two-columns-chromium.html and a two-column section in
   * committee-two-columns-libreoffice.fodt), printed by a browser with its running date, title, file and page, and by
   * LibreOffice with its paragraph numbers in a hanging indent, its paragraphs spaced or not (unspaced, the first
   * page's columns share one baseline grid and show no paragraph's start: it is read by the later pages' gutter); the
   * same HTML set in three columns, unjustified (committee-three-columns-chromium.html: its last page's few lines are
   * read by the earlier pages' two gutters) and justified (committee-three-columns-justified-chromium.html: a narrow
   * column's short lines spread so wide that their two or three words look like cells, "5. Of 110 inspection
   * reports", "8. Two independent children's", "quality independent" under "… High-"); and
   * its first pages again with an appendix of one
   * column after them, a table of two prose columns (two-columns-then-table.txt and its -chromium.html). Read a column
   * at a time, each gives the text's report: every paragraph's number, words, lists, section, grade and kind, its last
   * short page included; a line spread wide by justification is prose, not a table's row; a number that a sentence
   * wrapped to a line's start ("… until the age of" over "25. The City …") is not a paragraph's; a list runs on at the
   * top of the next column; the browser's footer under both columns is one running line, not text; and the appendix's
   * table stays a table.
   */
  @ParameterizedTest
  @CsvSource({
    "committee-two-columns.txt, committee-two-columns-chromium.pdf, 43",
    "committee-two-columns.txt, committee-two-columns-libreoffice.pdf, 43",
    "committee-two-columns.txt, committee-two-columns-libreoffice-unspaced.pdf, 43",
    "committee-two-columns.txt, committee-three-columns-chromium.pdf, 43",
    "committee-two-columns.txt, committee-three-columns-justified-chromium.pdf, 43",
    "two-columns-then-table.txt, two-columns-then-table-chromium.pdf, 13"})
  void aReportSetInTwoColumnsReadsAColumnAtATime(String typed, String printed, int paragraphs) throws Exception {
    Report text = Fixtures.read(typed);
    Report pdf = Fixtures.read(printed);
    assertEquals(text.id(), pdf.id());
    assertEquals(text.title(), pdf.title());
    assertEquals(text.gradedAreas(), pdf.gradedAreas());
    assertEquals(paragraphs, text.paragraphs().size());
    Function<Paragraph, String> whole = p -> p.number() + " " + p.sectionPath() + " " + p.grade() + " " + p.kind() + "\n" + p.text();
    assertEquals(text.paragraphs().stream().map(whole).toList(), pdf.paragraphs().stream().map(whole).toList());
    assertTrue(pdf.paragraphs().stream().allMatch(p -> !p.text().contains("file:") && !p.text().contains("Committee report in two columns")),
        "the browser's running lines are not text");
    assertTrue(pdf.paragraphs().get(pdf.paragraphs().size() - 1).page() >= 3, "the last page is read");
  }

  /**
   * A designed self-assessment with a narrow sidebar beside its text (sidebar-chromium.html: key facts and two
   * quotations in a column a third of the text's width, on the first page only), printed by Chromium. The text reads
   * as written, every paragraph whole and in its section, the one that runs over the page break too; the sidebar's
   * quotations are paragraphs of their own, set in before the text's next heading, not in the paragraph the page break
   * cut, nor a section that the text after them would fall in; its key facts are a list. Before, each row of the page was read across both
   * columns: the text's lines and the sidebar's came out as the cells of one table.
   */
  @Test
  void aNarrowSidebarIsReadApartFromTheTextBesideIt() throws Exception {
    String html = Files.readString(Fixtures.path("sidebar-chromium.html"));
    List<String> written = written(html.substring(html.indexOf("<main>"), html.indexOf("</main>")));
    Report r = Fixtures.read("sidebar-chromium.pdf");
    List<String> read = r.paragraphs().stream().map(p -> "[" + String.join(" > ", p.sectionPath()) + "] " + p.text()).toList();
    List<String> text = read.stream().filter(p -> !p.startsWith("[What young people say]") && !p.startsWith("[Key facts]")).toList();
    assertEquals(written, text);
    assertTrue(r.paragraphs().stream().anyMatch(p -> p.page() == 1) && r.paragraphs().stream().anyMatch(p -> p.page() == 2));
    int quotes = read.indexOf("[What young people say] “My social worker listens to me and comes when she says she will. I know who "
        + "to call if things go wrong at home.”");
    assertTrue(quotes > 0, read.toString());
    assertEquals("[What young people say] “The leaving care team helped me find a flat near college and taught me how to budget.”",
        read.get(quotes + 1));
    // The key facts, short lines one under the other, are a list under their heading, not headings of nothing.
    assertEquals("[Key facts] - 780,000 residents\n- 170,000 children and young people\n- 612 children looked after\n"
        + "- 298 care leavers\n- 41 per cent of contacts from schools", read.get(quotes - 1));
    assertTrue(read.get(quotes - 2).startsWith("[Children who need help and protection] Work with children missing"), read.get(quotes - 2));
    assertTrue(read.get(quotes + 2).startsWith("[Children looked after and care leavers] Placement stability"), read.get(quotes + 2));
  }

  /** Each paragraph of the HTML a fixture was printed from, as "[its section] its text", in order. */
  private static List<String> written(String html) {
    List<String> written = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h3>(.*?)</h3>|<p>(.*?)</p>").matcher(html);
    String section = null;
    while (m.find()) {
      if (m.group(1) != null) section = m.group(1);
      else written.add("[" + section + "] " + m.group(2));
    }
    return written;
  }

  /**
   * A report that sets its headings in a narrow margin column, each level with the first line of the text it heads
   * (hanging-heads-chromium.html), printed by Chromium: every paragraph is read whole, as written, under its heading.
   * Before, each heading and the lines beside it were read as a table's row ("Our context | Northshire is …"), and
   * the first paragraph of three sections was lost among them.
   */
  @Test
  void headingsInAMarginHeadTheTextBesideThem() throws Exception {
    List<String> written = written(Files.readString(Fixtures.path("hanging-heads-chromium.html")));
    assertEquals(13, written.size());
    Report r = Fixtures.read("hanging-heads-chromium.pdf");
    assertEquals(written, r.paragraphs().stream().map(p -> "[" + String.join(" > ", p.sectionPath()) + "] " + p.text()).toList());
  }
}
