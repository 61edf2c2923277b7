package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text extracted with its pages kept (pdftotext puts a form feed between pages) has each page's running header and
 * footer in it, as the PDF had: they go, as they do from a PDF, and a paragraph cut by the page break is whole again.
 * pdftotext also keeps the PDF's line breaks, gives a footnote's number a line of its own at the page's foot, and a
 * contents entry's page number too.
 */
class PagedTextTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir
  Path dir;

  @Test
  void runningHeadersFootersAndPageNumbersAreNotText() throws Exception {
    String header = "Inspection of services for children in need of help and protection: Havering";
    StringBuilder text = new StringBuilder("London Borough of Havering\n\nInspection of services for children in need of help"
        + " and protection, children looked after and care leavers\n\nReport published: 10 August 2018\n\nSummary\n\n");
    List<String> findings = List.of("Private fostering arrangements are not consistently identified",
        "Return home interviews are offered to all children who go missing", "Strategy discussions are timely",
        "Respite care for disabled children is well planned", "Thresholds are understood by partners",
        "Social workers know their children well", "", "Managers do not consistently record their decisions",
        "Unaccompanied asylum-seeking children receive a good service");
    int page = 1;
    for (int n = 1; n <= 9; n++) {
      text.append(n).append(". ").append(findings.get(n - 1))
          .append(", and inspectors saw this in the records of children across the service.\n\n");
      if (n % 3 == 0 && n < 9) {
        // Paragraph 7 runs over the page break: its first half above the footer, its second below the next header.
        if (n == 6) text.append("7. Care leavers are supported well into education, employment and\n");
        text.append("Page ").append(page).append(" of 3\n\f").append(header).append("\n");
        page++;
        if (n == 6) {
          text.append("training, and most live in suitable accommodation.\n\n");
          n++;
        }
      }
    }
    text.append("Page 3 of 3\n\f");
    Path file = dir.resolve("paged.txt");
    Files.writeString(file, text.toString());
    Report r = READER.read(file);
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Care leavers are supported well into education, employment and training, and most live in suitable accommodation.",
        r.paragraphs().get(6).text());
    assertEquals(List.of("Summary"), r.paragraphs().get(8).sectionPath());
    assertEquals(3, r.paragraphs().get(8).page());
  }

  /**
   * sif-pdftotext.txt and ilacs-pdftotext.txt are what {@code pdftotext} (poppler-utils 22) writes for sif-chromium.pdf
   * and ilacs-chromium.pdf: a contents page, headings wrapped over two lines with their grade under them, every
   * paragraph's lines broken, a footnote at a page's foot, a judgements table with each cell a block of its own. The
   * -layout.txt files are what {@code pdftotext -layout} writes for them and for hanging-indents-chromium.pdf: the page
   * laid out with spaces, a table's cells apart by runs of them, paragraph numbers and bullets at a hanging indent, a
   * list whose marks were drawn indented under its colon, and a blank line between a table's rows. Each parses to the
   * same report as its PDF: graded areas, and every paragraph's number, section, grade, text and footnotes.
   */
  @ParameterizedTest
  @CsvSource({"sif-pdftotext.txt, sif-chromium.pdf", "ilacs-pdftotext.txt, ilacs-chromium.pdf",
      "sif-pdftotext-layout.txt, sif-chromium.pdf", "ilacs-pdftotext-layout.txt, ilacs-chromium.pdf",
      "hanging-indents-pdftotext-layout.txt, hanging-indents-chromium.pdf"})
  void pdftotextsCopyOfAReportParsesAsThePdfDoes(String typed, String printed) throws Exception {
    String name = printed.substring(0, printed.indexOf('-'));
    Report text = Fixtures.read(typed);
    Report pdf = Fixtures.read(printed);
    assertEquals(pdf.id(), text.id());
    // Laid out, a judgement's grade may stand on its own line between its area's two (centred in its row): the areas
    // are all found, not always in the table's order.
    if (typed.contains("layout")) assertEquals(new java.util.HashSet<>(pdf.gradedAreas()), new java.util.HashSet<>(text.gradedAreas()));
    else assertEquals(pdf.gradedAreas(), text.gradedAreas());
    assertEquals(pdf.paragraphs().size(), text.paragraphs().size());
    for (int i = 0; i < pdf.paragraphs().size(); i++) {
      Paragraph a = pdf.paragraphs().get(i);
      Paragraph b = text.paragraphs().get(i);
      assertEquals(List.of(a.number(), a.sectionPath(), String.valueOf(a.grade()), a.text(), a.footnotes()),
          List.of(b.number(), b.sectionPath(), String.valueOf(b.grade()), b.text(), b.footnotes()), a.number());
    }
    if (name.equals("sif")) {
      assertEquals(15, pdf.paragraphs().size());
      assertEquals(List.of("Working together to safeguard children, Department for Education, 2015."), text.paragraphs().get(4).footnotes());
    } else if (name.equals("ilacs")) {
      assertEquals(4, pdf.gradedAreas().size()); // the overall judgement is on the cover's table alone
    } else {
      assertEquals("Early help is provided by:\n- 12 children’s centres\n- 40 primary schools\n"
          + "- nine secondary schools, including three academies", text.paragraphs().get(3).text());
    }
  }

  /**
   * A committee paper laid out by {@code pdftotext -layout} (committee-pdftotext-layout.txt, from
   * committee-libreoffice.pdf): its judgements table set with spaces, a blank line between rows, two rows whose area
   * ran up to its grade with one space between, bullets indented as the page has them, and a footnote at a page's foot
   * whose number is glued to its text ("1Norfolk cared for …"). It reads as the PDF does, but for that footnote, whose
   * mark stands glued to a word on the next page ("too long.1"): the note goes with the paragraph the page break cut.
   */
  @Test
  void aLaidOutCommitteePaperParsesAsThePdfDoes() throws Exception {
    Report text = Fixtures.read("committee-pdftotext-layout.txt");
    Report pdf = Fixtures.read("committee-libreoffice.pdf");
    assertEquals(pdf.id(), text.id());
    assertEquals(pdf.gradedAreas(), text.gradedAreas());
    java.util.function.Function<Paragraph, String> whole = p -> p.number() + " " + p.sectionPath() + " " + p.grade() + " "
        + p.kind() + "\n" + p.text().replaceFirst("\\.1$", ".");
    assertEquals(pdf.paragraphs().stream().map(whole).toList(), text.paragraphs().stream().map(whole).toList());
    assertTrue(text.paragraphs().stream().anyMatch(p -> p.text().startsWith("Judgement area | Grade\n")
        && p.text().contains("Experiences and progress of care leavers | Requires improvement to be good")));
    assertEquals(List.of("Norfolk cared for 87 unaccompanied asylum-seeking children at the time of the inspection."),
        text.paragraphs().stream().filter(p -> p.number().equals("5.3")).findFirst().orElseThrow().footnotes());
  }

  @Test
  void aNumberOnALineOfItsOwnGoesBeforeItsText() throws Exception {
    // pdftotext gives a number set at a tab stop before its text a line of its own, and a blank line after it.
    StringBuilder text = new StringBuilder("London Borough of Havering\nReport published: 1 March 2019\n\nFindings\n");
    for (int n = 1; n <= 8; n++) {
      text.append(n).append(".\n\nInspectors found that practice in team ").append(n).append(" is improving, and\n")
          .append("managers know their staff well.\n\n");
    }
    Path file = dir.resolve("marks.txt");
    Files.writeString(file, text.toString());
    Report r = READER.read(file);
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Inspectors found that practice in team 3 is improving, and managers know their staff well.", r.paragraphs().get(2).text());
  }

  @Test
  void aTablesHeaderAloneAtAPagesFootHeadsItsRowsOnTheNext() throws Exception {
    String text = "City of London\nReport published: 1 March 2019\n\nPlacements\n\n"
        + "Most children looked after live with foster carers within twenty miles of the City, as the table shows.\n\n"
        + "Placement type\tNumber\tPer cent\n\f"
        + "Foster care\t12\t60\nResidential care\t5\t25\nOther\t3\t15\n\n"
        + "Placements are reviewed every six months by the independent reviewing officer with the child.\n";
    List<String> read = paragraphsOf("table-over-page.txt", text);
    assertEquals(3, read.size(), read.toString());
    assertEquals("Placement type | Number | Per cent\nFoster care | 12 | 60\nResidential care | 5 | 25\nOther | 3 | 15", read.get(1));
  }

  @Test
  void aTypistsWideGapsAreNotCells() throws Exception {
    // Three spaces after a full stop, or once between two words: a typist's habit, not a table laid out with spaces.
    String text = "City of London\nReport published: 1 March 2019\n\nFindings\n\n"
        + "Early help is offered quickly.   Families value it, and most say it helped.\n\n"
        + "Thresholds are understood by partners.   Strategy discussions are timely.\n\n"
        + "Care leavers are supported well into education, employment   and training.\n\n"
        + "Placements are stable.   More children now live close to home.\n";
    assertEquals(List.of("Early help is offered quickly. Families value it, and most say it helped.",
        "Thresholds are understood by partners. Strategy discussions are timely.",
        "Care leavers are supported well into education, employment and training.",
        "Placements are stable. More children now live close to home."), paragraphsOf("typed.txt", text));
  }

  /** The text of each paragraph of {@code text}, read as a report file called {@code name}. */
  private List<String> paragraphsOf(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return READER.read(file).paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void aTwoPagePapersRunningHeaderIsNotText() throws Exception {
    String header = "Children's Services Committee – 14 November 2017";
    String text = header + "\nNorfolk County Council\nReport to: Children's Services Committee\nDate: 14 November 2017\n\n"
        + "1. Purpose of the report\n1.1 This report informs members of the outcome of the Ofsted inspection of children's services.\n"
        + "1.2 The inspection found that private fostering arrangements are not well understood by schools.\n\f"
        + header + "\n1.3 Members are asked to note the findings of the inspection and to endorse the improvement plan.\n";
    Path file = dir.resolve("two-pages.txt");
    Files.writeString(file, text);
    Report r = READER.read(file);
    assertEquals(List.of("1.1", "1.2", "1.3"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals(List.of("1. Purpose of the report"), r.paragraphs().get(2).sectionPath());
    assertEquals("Members are asked to note the findings of the inspection and to endorse the improvement plan.", r.paragraphs().get(2).text());
  }

  @Test
  void aCompoundHyphenatedAtALineEndIsWholeAgain() throws Exception {
    // As text extraction leaves it: the line joined to the next with a space, or the next line on its own.
    Path file = dir.resolve("hyphens.txt");
    Files.writeString(file, "City of London\nReport published: 1 March 2019\n\nFindings\n\n"
        + "Audit reports are challenged by the Members Safeguarding Sub- Committee and the Service Improvement Board.\n\n"
        + "The service has seen a rise in Unaccompanied Asylum-\nSeeking Children and provided additional resources.\n");
    Report r = READER.read(file);
    assertEquals("Audit reports are challenged by the Members Safeguarding Sub-Committee and the Service Improvement Board.",
        r.paragraphs().get(0).text());
    assertEquals("The service has seen a rise in Unaccompanied Asylum-Seeking Children and provided additional resources.",
        r.paragraphs().get(1).text());
  }
}
