package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of the frameworks after the joint area reviews (the single inspection framework, 2013–18, and the inspections
 * of local authority children's services since): known by their titles, which are long and set on two or three lines
 * in the published PDFs, and graded by a judgement printed with each judged section's heading.
 */
class LaterFrameworksTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir
  Path dir;

  private ReportType typeOf(String head) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, head + "\n\nLondon Borough of Havering\n\nReport published: 4 August 2017\n\nSummary of findings\n\n"
        + "1. Private fostering arrangements are not consistently identified, and few notifications were received.\n\n"
        + "2. Care leavers are supported well into education, employment and training.\n");
    Report r = READER.read(file);
    return r.type();
  }

  @Test
  void aFrameworkTitleIsKnownWhereverItsLinesBreak() throws Exception {
    Map<String, ReportType> titles = Map.of(
        "Inspection of services for children in need of help and protection, children looked after and care leavers",
        ReportType.SINGLE_INSPECTION_FRAMEWORK,
        "Inspection of services for children in need of help and\nprotection, children looked after and care leavers",
        ReportType.SINGLE_INSPECTION_FRAMEWORK,
        "Inspection of services for children in need of\nhelp and protection, children looked after and\ncare leavers",
        ReportType.SINGLE_INSPECTION_FRAMEWORK,
        "London Borough of Havering\nInspection of local authority\nchildren’s services",
        ReportType.INSPECTION_OF_CHILDRENS_SERVICES,
        "Havering local authority children’s services\ninspection",
        ReportType.INSPECTION_OF_CHILDRENS_SERVICES,
        "Joint area\nreview",
        ReportType.JOINT_AREA_REVIEW);
    titles.forEach((title, type) -> {
      try {
        assertEquals(type, typeOf(title), title);
      } catch (Exception e) {
        throw new AssertionError(title, e);
      }
    });
  }

  @Test
  void aJudgementPrintedWithASectionsHeadingGradesItsParagraphs() throws Exception {
    Path file = dir.resolve("sif.txt");
    Files.writeString(file, String.join("\n", "Inspection of services for children in need of",
        "help and protection, children looked after and", "care leavers", "", "London Borough of Havering", "",
        "Report published: 4 August 2017", "", "Summary of findings", "",
        "1. The local authority has improved the timeliness of initial assessments.", "",
        "The experiences and progress of children who need help and protection", "Requires improvement to be good", "",
        "2. Thresholds are understood by partners, and the hub works well.", "",
        "3. Strategy discussions are timely, but plans are not always specific.", "",
        "The experiences and progress of children looked after and achieving permanence", "", "Judgement: Good", "",
        "4. Children come into care when they need to, and placements are stable.", "",
        "Leadership, management and governance", "",
        "5. Leaders know their services well.", ""));
    Report r = READER.read(file);
    // In order: the summary's paragraph, two under the first judged heading, one under the second, one under an
    // ungraded heading.
    assertEquals(Arrays.asList(null, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, null),
        r.paragraphs().stream().map(Paragraph::grade).toList());
    // The grade lines are the headings' judgements, not paragraphs of their own.
    assertEquals(5, r.paragraphs().size(), r.paragraphs().stream().map(Paragraph::text).toList().toString());
  }

  private static final String SIF_COVER = String.join("\n",
      "Inspection of services for children in need of help and protection, children looked after and care leavers", "",
      "London Borough of Havering", "", "Report published: 4 August 2017", "",
      "Children’s services in Havering require improvement to be good", "", "Summary of judgements", "");
  private static final String SIF_BODY = String.join("\n", "",
      "Children who need help and protection", "",
      "4. Thresholds are understood by partners, and the hub works well for families in need.", "",
      "Experiences and progress of care leavers", "",
      "5. Care leavers do not always have pathway plans that reflect their needs and wishes.", "",
      "Leadership, management and governance", "",
      "6. Leaders know their services well and have a clear plan for improvement.", "");

  private Report read(String name, String text) throws Exception {
    return Fixtures.readText(dir, name, text);
  }

  private static List<Grade> grades(Report r) {
    return r.paragraphs().stream().map(Paragraph::grade).toList();
  }

  @Test
  void aJudgementsTableOnTheCoverGradesTheSectionsItNames() throws Exception {
    // The single inspection framework's cover table numbers its rows; the body comes after it, under the headings.
    String rows = String.join("\n", "1. Children who need help and protection\tRequires improvement",
        "2. Children looked after and achieving permanence\tGood", "2.1 Adoption performance\tGood",
        "2.2 Experiences and progress of care leavers\tInadequate", "3. Leadership, management and governance\tGood");
    Report tabbed = read("tabbed.txt", SIF_COVER + rows + "\n" + SIF_BODY);
    assertEquals(List.of(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE, Grade.GOOD), grades(tabbed));
    assertEquals(new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT), tabbed.gradedAreas().get(0));
    assertEquals(6, tabbed.gradedAreas().size(), tabbed.gradedAreas().toString());
    // The overall judgement, as the cover words it.
    assertEquals(new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT), tabbed.gradedAreas().get(5));
    // The same table whose cells' gap was lost in extraction: a run of rows that end in a capitalised grade.
    Report spaced = read("spaced.txt", SIF_COVER + rows.replace("\t", " ") + "\n" + SIF_BODY);
    assertEquals(grades(tabbed), grades(spaced));
    assertEquals(tabbed.gradedAreas(), spaced.gradedAreas());
    // One such line alone is a line of text, not a table.
    Report single = read("single.txt", SIF_COVER + "Our work with families is Good\n" + SIF_BODY);
    assertEquals(Arrays.asList(null, null, null), grades(single));
  }

  @Test
  void aSpacedRowWhoseAreaWrapsInItsCellIsOneRow() throws Exception {
    // As a re-inspection's cover comes out of its PDF: the long area's name wraps, its grade on the line below.
    String cover = String.join("\n", "Manchester City Council Re-inspection of services for children in need of help and",
        "protection, children looked after and care leavers", "", "Inspection dates: 9 October to 2 November 2017",
        "Report published: 21 December 2017", "", "Children’s services in Manchester require improvement to be", "good", "",
        "1. Children who need help and protection Requires improvement", "2. Children looked after and achieving",
        "permanence Requires improvement", "2.1 Adoption performance Good",
        "2.2 Experiences and progress of care leavers Requires improvement", "3. Leadership, management and governance Good", "");
    Report r = read("reinspection.txt", cover + SIF_BODY);
    assertEquals(List.of(new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children looked after and achieving permanence", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Adoption performance", Grade.GOOD), new GradedArea("Care leavers", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Leadership, management and governance", Grade.GOOD),
        new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT)), r.gradedAreas());
    assertEquals("Re-inspection of services for children in need of help and protection, children looked after and care "
        + "leavers: Manchester", r.title());
    assertEquals(ReportType.SINGLE_INSPECTION_FRAMEWORK, r.type());
    // A line of text that goes on in lower case below a row is not taken into the table.
    Report text = read("text.txt", SIF_COVER + "1. Children who need help and protection Good\n"
        + "Our work with families was judged\nimproving, but not yet Good\n" + SIF_BODY);
    assertTrue(text.gradedAreas().stream().noneMatch(a -> a.area().startsWith("Our work")), text.gradedAreas().toString());
  }

  /** The cover of an inspection of local authority children's services since 2023, which judges care leavers apart. */
  private static final String ILACS_2023_COVER = String.join("\n", "London Borough of Barnet", "",
      "Inspection of children’s social care services", "", "Inspection dates: 3 to 14 March 2024", "",
      "Lead inspector: Jane Smith, His Majesty’s Inspector", "", "Judgement\tGrade",
      "The impact of leaders on social work practice with children and families\tGood",
      "The experiences and progress of children who need help and protection\tGood",
      "The experiences and progress of children in care\tOutstanding",
      "The experiences and progress of care leavers\tRequires improvement to be good", "Overall effectiveness\tGood", "");

  @Test
  void childrenInCareAndCareLeaversAreJudgedApart() throws Exception {
    Report r = read("ilacs-2024.txt", ILACS_2023_COVER + String.join("\n", "",
        "Children in care", "", "1. Children in care live in stable homes and are well supported by their social workers.", "",
        "Care leavers", "", "2. Care leavers are not always helped to find suitable accommodation when they leave care.", "",
        "Leadership", "", "3. Leaders know their services well and have a clear plan for improvement.", ""));
    assertEquals(List.of(
        new GradedArea("Impact of leaders on social work practice with children and families", Grade.GOOD),
        new GradedArea("Children who need help and protection", Grade.GOOD),
        new GradedArea("Children in care", Grade.OUTSTANDING),
        new GradedArea("Care leavers", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Overall effectiveness", Grade.GOOD)), r.gradedAreas());
    // Each section has its own area's grade, though "care" names both; "Leadership" names no area.
    assertEquals(Arrays.asList(Grade.OUTSTANDING, Grade.REQUIRES_IMPROVEMENT, null), grades(r));
  }

  /**
   * The revised framework's report as Chromium prints it (the HTML stands beside it): its summary stands under no
   * heading right after the judgements table, whose cells wrap, and "What needs to improve?" lists what it asks for.
   */
  @Test
  void theSummaryAfterTheJudgementsAndWhatNeedsToImproveAreParagraphs() throws Exception {
    Report printed = Fixtures.read("ilacs-2023-chromium.pdf");
    assertEquals(List.of(
        new GradedArea("Impact of leaders on social work practice with children and families", Grade.GOOD),
        new GradedArea("Children who need help and protection", Grade.GOOD),
        new GradedArea("Children in care", Grade.OUTSTANDING),
        new GradedArea("Care leavers", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Overall effectiveness", Grade.GOOD)), printed.gradedAreas());
    assertEquals(List.of("u1", "u2", "u3", "u4", "1", "2", "3", "4", "5"),
        printed.paragraphs().stream().map(Paragraph::number).toList());
    Paragraph summary = printed.paragraphs().get(0);
    assertTrue(summary.text().startsWith("Children and their families in Barnet continue to receive good services"), summary.text());
    assertTrue(summary.text().endsWith("children in care now receive outstanding support."), summary.text());
    Paragraph asked = printed.paragraphs().get(2);
    assertEquals("What needs to improve?", asked.section());
    assertEquals(Kind.RECOMMENDATION, asked.kind());
    assertEquals("The quality and timeliness of pathway plans for care leavers.", asked.text());
    assertEquals(Arrays.asList(null, null, null, null, Grade.GOOD, Grade.GOOD, Grade.OUTSTANDING, Grade.REQUIRES_IMPROVEMENT,
        Grade.GOOD), grades(printed));
    // The same report as text, as pdftotext gives it (the list's marks are drawn, not printed): the same paragraphs.
    Report text = read("ilacs-2023.txt", ILACS_2023_COVER + String.join("\n", "",
        "Children and their families in Barnet continue to receive good services that make a positive difference to their"
            + " lives. Since the last inspection in 2019, leaders have kept a strong focus on the quality of social work"
            + " practice, and children in care now receive outstanding support.", "",
        "Care leavers do not consistently receive the same high-quality support. Too many care leavers live in unsuitable"
            + " accommodation, and the local offer is not well understood by young people.", "",
        "What needs to improve?", "", "The quality and timeliness of pathway plans for care leavers.",
        "The sufficiency of suitable accommodation for care leavers.", "",
        "The experiences and progress of children who need help and protection: good", "",
        "1. Children and families who need help receive a timely and proportionate response from the front door, where"
            + " thresholds are well understood by partner agencies.", "",
        "2. Private fostering arrangements are identified well, and notifications are received from schools and health partners.", "",
        "The experiences and progress of children in care: outstanding", "",
        "3. Children in care live in stable homes and are well supported by their social workers, who know them well."
            + " Unaccompanied asylum-seeking children are helped by skilled workers.", "",
        "The experiences and progress of care leavers: requires improvement to be good", "",
        "4. Care leavers are not always helped to find suitable accommodation when they leave care, and personal advisers"
            + " change too often.", "",
        "The impact of leaders on social work practice with children and families: good", "",
        "5. Leaders know their services well and have a clear plan for improvement, which is shared with partners.", ""));
    assertEquals(printed.paragraphs().stream().map(Paragraph::text).toList(), text.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(printed.paragraphs().stream().map(Paragraph::section).toList(),
        text.paragraphs().stream().map(Paragraph::section).toList());
    assertEquals(printed.gradedAreas(), text.gradedAreas());
  }

  /**
   * A cover's judgements table as pdftotext gives it without -layout: each cell on a line of its own, names and grades
   * that wrapped on two lines. The body here prints no grades, so the cover alone says what was judged.
   */
  @Test
  void aJudgementsTableSetOneCellALineGradesItsAreas() throws Exception {
    String body = String.join("\n", "", "Help and protection", "",
        "1. Thresholds are understood by partners, and the hub makes timely decisions about children.", "",
        "Care leavers", "", "2. Care leavers do not always have pathway plans that reflect their needs and wishes.", "");
    Report sif = read("sif.txt", String.join("\n", "Havering",
        "Inspection of services for children in need of help", "and protection, children looked after and care", "leavers",
        "Report published: 10 August 2018", "Children’s services in Havering require improvement to be good",
        "1. Children who need help and protection", "", "Requires improvement", "",
        "2. Children looked after and achieving permanence", "", "Requires improvement", "", "2.1 Adoption performance", "",
        "Good", "", "2.2 Experiences and progress of care leavers", "", "Inadequate", "",
        "3. Leadership, management and governance", "", "Requires improvement", "",
        "The local safeguarding children board", "", "Good", "") + body);
    assertEquals(List.of(
        new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children looked after and achieving permanence", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Adoption performance", Grade.GOOD),
        new GradedArea("Care leavers", Grade.INADEQUATE),
        new GradedArea("Leadership, management and governance", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Local safeguarding children board", Grade.GOOD),
        new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT)), sif.gradedAreas());
    assertEquals(Arrays.asList(Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE), grades(sif));
    Report ilacs = read("ilacs.txt", String.join("\n", "London Borough of Havering", "Inspection of children’s social care",
        "services", "Inspection dates: 14 to 25 January 2019", "Judgement", "", "Grade", "",
        "The impact of leaders on social work practice with", "children and families", "", "Good", "",
        "The experiences and progress of children who need", "help and protection", "", "Requires improvement to", "be good", "",
        "The experiences and progress of children in care and", "care leavers", "", "Good", "",
        "Overall effectiveness", "", "Good", "", "Report published: 1 March 2019", "") + body);
    assertEquals(List.of(
        new GradedArea("Impact of leaders on social work practice with children and families", Grade.GOOD),
        new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children in care and care leavers", Grade.GOOD),
        new GradedArea("Overall effectiveness", Grade.GOOD)), ilacs.gradedAreas());
  }

  /**
   * The single inspection framework reviewed the local safeguarding children board beside the services, and states its
   * judgement in a sentence of its own, on the cover or in the review: the board is an area, and the review's section
   * has its grade.
   */
  @Test
  void theSafeguardingBoardsJudgementIsAnArea() throws Exception {
    String review = String.join("\n", "", "Help and protection", "",
        "1. Thresholds are understood by partners, and the hub makes timely decisions about children.", "",
        "Review of the effectiveness of the local safeguarding children board (LSCB)", "",
        "2. The board has a clear understanding of the strengths and weaknesses of partners' safeguarding work.", "");
    for (String statement : List.of("The local safeguarding children board (LSCB) is good", "The LSCB in Havering is good")) {
      Report onCover = read("cover.txt", SIF_COVER + statement + "\n" + review);
      assertTrue(onCover.gradedAreas().contains(new GradedArea("Local safeguarding children board", Grade.GOOD)),
          statement + ": " + onCover.gradedAreas());
      assertEquals(Arrays.asList(null, Grade.GOOD), grades(onCover), statement);
    }
    Report inTheReview = read("review.txt", SIF_COVER + review
        + "\n3. The local safeguarding children board requires improvement. Its audits do not always lead to change.\n");
    assertTrue(inTheReview.gradedAreas().contains(new GradedArea("Local safeguarding children board", Grade.REQUIRES_IMPROVEMENT)),
        inTheReview.gradedAreas().toString());
    // The review is the report's last part, with its own executive summary and recommendations under it.
    Report parts = read("parts.txt", SIF_COVER + "The local safeguarding children board (LSCB) is good\n" + review.replace(
        "(LSCB)\n", "(LSCB)\n\nExecutive summary\n") + "\nRecommendations\n\n3. The board should check that its audits lead to change.\n");
    String board = "Review of the effectiveness of the local safeguarding children board (LSCB)";
    assertEquals(List.of(List.of("Help and protection"), List.of(board, "Executive summary"), List.of(board, "Recommendations")),
        parts.paragraphs().stream().map(Paragraph::sectionPath).toList());
    assertEquals(Arrays.asList(null, Grade.GOOD, Grade.GOOD), grades(parts));
  }

  @Test
  void aGradeAfterAHeadingsColonGradesItsSectionWhereverTheHeadingBreaks() throws Exception {
    String body = String.join("\n", "", "The experiences and progress of children who need help and protection:",
        "requires improvement to be good", "",
        "1. Private fostering arrangements are not consistently identified by schools and health partners.", "",
        "The experiences and progress of children in care and care leavers: good", "",
        "2. Children come into care when they need to, and their placements are stable.", "",
        "The impact of leaders on social work practice with children and", "families: ‘outstanding’", "",
        "3. Leaders know their services well and have a clear plan for improvement.", "");
    Report r = read("ilacs.txt", "London Borough of Havering\nInspection of children’s services\n\n"
        + "Report published: 1 March 2019\n" + body);
    assertEquals(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, r.type());
    assertEquals(List.of(Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.OUTSTANDING), grades(r));
    // The section is the heading; its grade is the grade facet's, not part of the section's name.
    assertEquals(List.of("The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care and care leavers",
        "The impact of leaders on social work practice with children and families"),
        r.paragraphs().stream().map(Paragraph::section).toList());
    assertEquals(List.of("1", "2", "3"), r.paragraphs().stream().map(Paragraph::number).toList());
  }

  /**
   * An inspection of local authority children's services as Chromium prints it to PDF: the cover's table has cells that
   * wrap (a name of two lines beside a grade of one, and a grade of two lines), and each heading is set larger on two
   * lines with its grade after a colon. The HTML it was printed from stands beside it.
   */
  @Test
  void aPrintedInspectionOfChildrensServicesIsReadWithItsJudgements() throws Exception {
    Report r = Fixtures.read("ilacs-chromium.pdf");
    assertEquals(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, r.type());
    assertEquals("havering-inspection-of-local-authority-childrens-services-2019-03-01", r.id());
    assertEquals(List.of(
        new GradedArea("Impact of leaders on social work practice with children and families", Grade.GOOD),
        new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children in care and care leavers", Grade.GOOD),
        new GradedArea("Overall effectiveness", Grade.GOOD)), r.gradedAreas());
    assertEquals(Arrays.asList(null, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.GOOD), grades(r));
    assertEquals("The experiences and progress of children who need help and protection", r.paragraphs().get(1).section());
    assertEquals(List.of("u1", "1", "2", "3", "4"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals(1, r.paragraphs().get(4).page());
  }

  /**
   * A report of the single inspection framework as Chromium prints it: the cover's judgements table numbers its rows and
   * states the overall judgement above them, a contents page follows, a footer runs on every page, each judged section
   * starts a page with its grade under its heading, and a footnote's mark is a raised digit, as in Ofsted's PDFs.
   */
  @Test
  void aPrintedSingleInspectionReportIsReadWithItsJudgementsAndFootnote() throws Exception {
    Report r = Fixtures.read("sif-chromium.pdf");
    assertEquals(ReportType.SINGLE_INSPECTION_FRAMEWORK, r.type());
    assertEquals("havering-single-inspection-framework-report-2018-08-10", r.id());
    assertEquals(List.of(
        new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children looked after and achieving permanence", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Adoption performance", Grade.GOOD),
        new GradedArea("Care leavers", Grade.INADEQUATE),
        new GradedArea("Leadership, management and governance", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT)), r.gradedAreas());
    // Fifteen numbered paragraphs, three to a section, each with its section's grade; nothing of the cover, the
    // contents or the footer, and the footnote is not a paragraph.
    assertEquals(15, r.paragraphs().size(), r.paragraphs().stream().map(Paragraph::text).toList().toString());
    for (int i = 0; i < 15; i++) {
      Paragraph p = r.paragraphs().get(i);
      assertEquals(String.valueOf(i + 1), p.number());
      assertEquals(List.of(Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, Grade.INADEQUATE,
          Grade.REQUIRES_IMPROVEMENT).get(i / 3), p.grade(), "paragraph " + p.number());
      assertEquals(3 + i / 3, p.page(), "page of paragraph " + p.number());
    }
    Paragraph marked = r.paragraphs().get(4);
    assertEquals(List.of("Working together to safeguard children, Department for Education, 2015."), marked.footnotes());
    assertTrue(marked.text().endsWith("."), marked.text()); // the raised "1" is not glued to the last word
  }

  /**
   * A monitoring visit's letter opens with Ofsted's own address (in Manchester) and goes straight into prose that names
   * the framework's words; it is about the authority it is addressed to, and titled by its subject line.
   */
  @Test
  void aVisitsLetterIsAboutTheAuthorityItIsAddressedTo() throws Exception {
    Report r = read("letter.txt", String.join("\n", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
        "T 0300 123 1231", "enquiries@ofsted.gov.uk", "", "12 March 2020", "", "Jane Smith",
        "Director of Children's Services", "London Borough of Havering", "Town Hall", "Romford", "RM1 3BD", "",
        "Dear Jane", "", "Monitoring visit to Havering children's services", "",
        "This letter summarises the findings of the monitoring visit to Havering children's services, which looked at "
            + "services for children in need of help and protection, and at private fostering in particular.", "",
        "Headline findings", "",
        "Private fostering arrangements are now identified more consistently, and notifications from schools have "
            + "increased since the last visit.", ""));
    assertEquals("Havering", r.authority());
    assertEquals(ReportType.MONITORING_VISIT, r.type());
    assertEquals("Monitoring visit to Havering children's services", r.title());
    assertEquals("havering-monitoring-visit-2020-03-12", r.id());
    assertEquals(List.of("havering-other-2020-03-12"), r.formerIds()); // typed "Other" before
    assertEquals(2, r.paragraphs().size());
  }

  /**
   * The same letter as text taken from its PDF: the first paragraph is cut wherever its lines end, here before a date
   * and a name. It is still the letter's first paragraph, not a part of its cover.
   */
  @Test
  void aLettersFirstParagraphCutIntoLinesIsItsFirstParagraph() throws Exception {
    Report r = read("letter.txt", String.join("\n", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
        "12 March 2020", "", "Jane Smith", "Director of Children's Services", "London Borough of Havering", "",
        "Dear Jane", "", "Monitoring visit to Havering children's services", "",
        "This letter summarises the findings of the monitoring visit to Havering children's services on",
        "3 and 4 March 2020. Inspectors looked at the arrangements for private fostering and at the",
        "London Borough of Havering's work with schools to identify children who are privately fostered.", "",
        "Headline findings", "",
        "Private fostering arrangements are now identified more consistently, and notifications from schools have",
        "increased since the last visit.", ""));
    assertEquals(List.of("This letter summarises the findings of the monitoring visit to Havering children's services on "
        + "3 and 4 March 2020. Inspectors looked at the arrangements for private fostering and at the London Borough of "
        + "Havering's work with schools to identify children who are privately fostered.",
        "Private fostering arrangements are now identified more consistently, and notifications from schools have "
        + "increased since the last visit."), r.paragraphs().stream().map(Paragraph::text).toList());
  }

  /**
   * Ofsted's reports are made in a word processor, which sets a paragraph's number or a bullet at the margin and its
   * text a tab further in: the gap after the mark is a hanging indent, not a table's column. A list's marks may be
   * drawn rather than printed as characters: its items are known by where they stand.
   */
  @Test
  void aHangingIndentAfterAParagraphsNumberIsNotATableColumn() throws Exception {
    Report r = Fixtures.read("hanging-indents-chromium.pdf");
    assertEquals(List.of("u1", "1", "2", "3", "4"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Children and families who need help receive a timely and proportionate response from the front door, "
        + "where thresholds are well understood by partner agencies, and decisions are made quickly.", r.paragraphs().get(1).text());
    assertEquals(Grade.GOOD, r.paragraphs().get(1).grade());
    // The two bullets are one list, each item whole, as a text report's list is.
    assertEquals("- The quality of strategy discussions, so that all relevant agencies contribute and plans are specific "
        + "about the help that children need.\n- The response to children who go missing from home or care, so that "
        + "return home interviews are always offered and the information from them is used well.", r.paragraphs().get(0).text());
    // A list whose bullets are drawn, indented under "… provided by:", is that paragraph's list: not headings of
    // sections of their own, which took the grade from the paragraph after it.
    assertEquals("Early help is provided by:\n- 12 children’s centres\n- 40 primary schools\n"
        + "- nine secondary schools, including three academies", r.paragraphs().get(3).text());
    assertEquals(Grade.GOOD, r.paragraphs().get(4).grade());
    assertEquals(r.paragraphs().get(1).section(), r.paragraphs().get(4).section());
  }
}
