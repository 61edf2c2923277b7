package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Councils' committee papers about an inspection: known by the cover block every council prints ("Report to",
 * "Meeting", "Wards affected"), titled by the line that says what they are about, dated by their meeting, and
 * numbered 1, 2, 3 however short, or within their sections (3.1, 3.2) as most are.
 */
class CommitteePapersTest {
  @TempDir
  Path dir;

  private Report read(String text) throws Exception {
    return Fixtures.readText(dir, "paper.txt", text);
  }

  private static final String BODY = String.join("\n", "", "Summary", "",
      "1. The purpose of this report is to inform members of the outcome of the inspection of children's services.", "",
      "2. Inspectors found that private fostering arrangements are well understood by schools and health partners.", "",
      "3. Members are asked to note the findings and to endorse the improvement plan.", "");

  /**
   * A subject printed in capitals is titled in sentence case, and keeps the capitals of the names in it: the
   * authorities it names (not only the paper's), a board's, a service's, an inspectorate's, a month beside a year. A
   * month's word standing alone ("what may follow") is no month.
   */
  @Test
  void aSubjectInCapitalsKeepsItsNames() throws Exception {
    Report r = read("Report to: Children and Young People Scrutiny Committee\nDate: 14 October 2016\n\n"
        + "Subject: OFSTED AND CARE QUALITY COMMISSION INSPECTION OF HACKNEY AND THE CITY OF LONDON YOUTH OFFENDING "
        + "SERVICE, MAY 2016, AND REVIEW OF THE HACKNEY SAFEGUARDING CHILDREN BOARD: WHAT MAY FOLLOW\n" + BODY);
    assertEquals("Ofsted and Care Quality Commission inspection of Hackney and the City of London Youth Offending "
        + "Service, May 2016, and review of the Hackney Safeguarding Children Board: what may follow", r.title());
  }

  @Test
  void aPaperIsKnownByItsCoverBlockAndTitledByWhatItIsAbout() throws Exception {
    for (String cover : List.of("Report to: Executive Board", "Meeting: Children's Scrutiny Panel",
        "Report of the Director of Children's Services", "Wards affected: All", "Key decision: No")) {
      Report r = read("Leeds City Council\n" + cover + "\nDate: 12 March 2015\n"
          + "Ofsted inspection of services for children in need of help and protection\n" + BODY);
      assertEquals(ReportType.COMMITTEE_REPORT, r.type(), cover);
      assertEquals("Ofsted inspection of services for children in need of help and protection", r.title(), cover);
      assertEquals("leeds-committee-report-2015-03-12", r.id(), cover);
    }
    // A "Title:" line names the paper as a "Subject:" line does.
    Report titled = read("Leeds City Council\nReport to: Cabinet\nDate: 12 March 2015\nTitle: Ofsted monitoring visit\n" + BODY);
    assertEquals("Ofsted monitoring visit", titled.title());
    // So does a cabinet report's "Subject Heading:" cell, above the cover's other rows.
    Report cabinet = read("London Borough of Havering\nCABINET\n16 March 2016\n\n"
        + "Subject Heading:\tOfsted inspection of services for children in need of help and protection\n"
        + "Cabinet Member:\tCouncillor Meg Davis\nIs this a Key Decision?\tNo\n" + BODY);
    assertEquals("Ofsted inspection of services for children in need of help and protection", cabinet.title());
  }

  /**
   * A cover table as a browser's PDF of it gives its rows: the last date of the row above wraps ("08 November" over
   * "2016") and the subject's row starts on the same line, its cell beside ("Public") after the subject's first line.
   */
  @Test
  void aSubjectAfterTheRowAboveItAndBesideItsCellIsTheTitle() throws Exception {
    Report r = read(String.join("\n", "Committee(s)\tDated:", "Community and Children's Services – For Information\t14 October 2016",
        "Audit and Risk Management – For Information\t08 November", "\t2016",
        "\t2016 Subject: Ofsted inspection of the City of London's services for children in need of help and protection, children looked after and Public",
        "care leavers", "Report of: Ade Adetosoye, Director of Community and Children's Services\tFor Information", BODY));
    assertEquals("Ofsted inspection of the City of London's services for children in need of help and protection, children "
        + "looked after and care leavers", r.title());
    assertEquals(ReportType.COMMITTEE_REPORT, r.type());
    // A subject whose last word is "Public", on one line, keeps it.
    Report oneLine = read("Leeds City Council\nReport to: Executive Board\nDate: 12 March 2015\n"
        + "Subject: Ofsted inspection: what it means for the public\n" + BODY);
    assertEquals("Ofsted inspection: what it means for the public", oneLine.title());
  }

  /**
   * A paper heads the parts of its implications with labels ending in a colon, over numbered paragraphs: each is the
   * section of the paragraphs under it, inside the heading above it. The opening of a sentence that introduces a
   * numbered list is no label.
   */
  @Test
  void aLabelOverNumberedParagraphsHeadsThem() throws Exception {
    Report r = read(String.join("\n", "London Borough of Havering", "CABINET", "16 March 2016", "",
        "Subject Heading:\tOfsted inspection of services for children in need of help and protection", "",
        "RECOMMENDATIONS", "", "Members are asked to:", "",
        "2.1 Note the outcome of the inspection and the improvement plan that follows it.", "",
        "IMPLICATIONS AND RISKS", "", "Financial implications and risks:", "",
        "4.1 There are no direct financial implications arising from this report.", "",
        "Legal implications and risks:", "",
        "4.2 The council must submit its improvement plan to Ofsted within 70 working days.", ""));
    List<Paragraph> p = r.paragraphs();
    Paragraph financial = p.stream().filter(x -> x.text().contains("no direct financial")).findFirst().orElseThrow();
    assertEquals("Financial implications and risks", financial.section());
    Paragraph legal = p.stream().filter(x -> x.text().contains("70 working days")).findFirst().orElseThrow();
    assertEquals("Legal implications and risks", legal.section());
    // Each label heads a part of the heading above it: the two are siblings under "Implications and risks".
    assertEquals(List.of("Implications and risks", "Financial implications and risks"), financial.sectionPath());
    assertEquals(List.of("Implications and risks", "Legal implications and risks"), legal.sectionPath());
    assertTrue(p.stream().anyMatch(x -> x.text().equals("Members are asked to:")), p.toString());
  }

  @Test
  void aShortPaperNumbersItsParagraphs() throws Exception {
    Report r = read("Leeds City Council\nReport to: Executive Board\nDate: 12 March 2015\n" + BODY);
    assertEquals(List.of("1", "2", "3"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Members are asked to note the findings and to endorse the improvement plan.", r.paragraphs().get(2).text());
  }

  @Test
  void aShortListInUnnumberedTextKeepsItsNumbersAsText() throws Exception {
    // Three numbered lines among more unnumbered paragraphs are a list, not the paper's paragraph numbers.
    String text = String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "",
        "Summary", "", "The inspection took place over four weeks in January and February 2015 and looked at all services.", "",
        "Inspectors made recommendations about three areas of practice, which the improvement plan addresses.", "",
        "1. Strategy discussions.", "", "2. Return home interviews.", "", "3. Private fostering.", "",
        "The plan will be reviewed by the Safeguarding Children Board at its next meeting in the spring.", "",
        "Members are asked to note the findings of the inspection and to endorse the improvement plan.", "",
        "Officers will report progress against the plan to this board in six months' time.", "");
    Report r = read(text);
    assertEquals(List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("1. Strategy discussions.", r.paragraphs().get(2).text());
  }

  /** The paper councils print: sections numbered 1, 2, 3 and their paragraphs 1.1, 1.2, 2.1, with a judgements table. */
  private static final String SECTIONED = String.join("\n", "Agenda Item 7", "NORFOLK COUNTY COUNCIL",
      "Report to: Children's Services Committee", "Date of meeting: 14 November 2017",
      "Subject: Ofsted inspection of services for children in need of help and protection", "Wards affected: All", "",
      "1. Purpose of the report",
      "1.1 This report informs members of the outcome of the Ofsted inspection, which took place in September 2017.",
      "1.2 The inspection report was published on 20 October 2017 and is attached at Appendix A.",
      "2. Background",
      "2.1 The judgements made by inspectors were:",
      "Judgement\tGrade",
      "Children who need help and protection\tRequires improvement to be good",
      "Children looked after and achieving\tGood",
      "permanence",
      "Overall effectiveness\tRequires improvement to be good",
      "2.2 Inspectors found that private fostering arrangements are not well understood by schools and health partners.",
      "Page 24",
      "2.3\tUnaccompanied asylum-seeking children receive a good service from a specialist team.",
      "3. Financial implications",
      "3.1 There are no direct financial implications arising from this report.", "");

  @Test
  void aPaperNumberedWithinItsSectionsKeepsItsNumbersAndIsDatedByItsMeeting() throws Exception {
    Report r = read(SECTIONED);
    // Dated by the meeting, not by the inspection report it is about ("published on 20 October 2017").
    assertEquals("norfolk-committee-report-2017-11-14", r.id());
    assertEquals(List.of("1.1", "1.2", "2.1", "u1", "2.2", "2.3", "3.1"), r.paragraphs().stream().map(Paragraph::number).toList());
    Paragraph found = r.paragraphs().get(4);
    assertEquals("Inspectors found that private fostering arrangements are not well understood by schools and health partners.", found.text());
    assertEquals(List.of("2. Background"), found.sectionPath());
    // The table ends where a numbered paragraph begins, though no blank line stands between them; "Page 24" is not text.
    assertTrue(r.paragraphs().get(3).text().startsWith("Judgement | Grade"), r.paragraphs().get(3).text());
    assertTrue(r.paragraphs().stream().noneMatch(p -> p.text().contains("Page 24")));
    assertEquals("Unaccompanied asylum-seeking children receive a good service from a specialist team.", r.paragraphs().get(5).text());
    assertEquals(new GradedArea("Children looked after and achieving permanence", Grade.GOOD), r.gradedAreas().get(1));
  }

  @Test
  void figuresAndStrayNumbersInUnnumberedTextStayText() throws Exception {
    String text = String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "", "Summary", "",
        "The inspection took place over four weeks in January and February 2015 and looked at all services.", "",
        "3.5 Per cent of children in need were subject to a child protection plan, against 4.3 per cent nationally.", "",
        "2.5 per cent of referrals were repeat referrals within twelve months of the previous one.", "",
        "The plan will be reviewed by the Safeguarding Children Board at its next meeting in the spring.", "",
        "Members are asked to note the findings of the inspection and to endorse the improvement plan.", "");
    Report r = read(text);
    assertEquals(List.of("u1", "u2", "u3", "u4", "u5"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertTrue(r.paragraphs().get(1).text().startsWith("3.5 Per cent of children"), r.paragraphs().get(1).text());
    assertTrue(r.paragraphs().get(2).text().startsWith("2.5 per cent of referrals"), r.paragraphs().get(2).text());
  }

  @Test
  void aContentsListWithDotLeadersIsNotTheBodyAndASentenceIsNotTheTitle() throws Exception {
    Report r = read(String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "",
        "Contents", "", "Summary.......................................2", "1. Purpose of the report....................3",
        "2. Background ................................ 4", "Appendix A – Improvement plan...............9", "", "Summary", "",
        "The inspection took place over four weeks in January and February 2015 and looked at all services for children.", "",
        "1. Purpose of the report", "",
        "1.1 This report informs members of the outcome of the inspection of services for children in need of help.", "",
        "2. Background", "", "2.1 Inspectors found that private fostering arrangements are not well understood by schools.", ""));
    assertEquals(List.of("u1", "1.1", "2.1"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals(List.of("Summary"), r.paragraphs().get(0).sectionPath());
    assertEquals("Leeds City Council", r.title()); // no line of the cover says what the paper is about
  }

  @Test
  void aLongHeadingNumberedWithinItsSectionIsAHeading() throws Exception {
    Report r = read(String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "",
        "1. Findings", "", "1.1 The experiences and progress of children who need help and protection", "",
        "1.1.1 Inspectors found that private fostering arrangements are not well understood by schools.", "",
        "1.1.2 Return home interviews are offered to all children who go missing from home or care.", "",
        "1.2 The experiences and progress of children looked after and achieving permanence", "",
        "1.2.1 Care leavers are supported well into education, employment and training in the borough.", "",
        // Looks like a heading until the next line carries its sentence on: a numbered paragraph's first line.
        "1.2.2 Most care leavers live in suitable accommodation close to their families", "and friends.", ""));
    assertEquals(List.of("1.1.1", "1.1.2", "1.2.1", "1.2.2"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Most care leavers live in suitable accommodation close to their families and friends.", r.paragraphs().get(3).text());
    assertEquals("1.2 The experiences and progress of children looked after and achieving permanence", r.paragraphs().get(2).section());
  }

  @Test
  void anAppendixThatNumbersAfreshTakesItsLetter() throws Exception {
    StringBuilder text = new StringBuilder("Leeds City Council\nReport to: Executive Board\nDate: 12 March 2015\n\nSummary\n\n");
    for (int n = 1; n <= 9; n++) text.append(n).append(". Inspectors found that practice in team ").append(n).append(" is improving.\n\n");
    text.append("Appendix B: Action plan\n\n");
    for (int n = 1; n <= 3; n++) text.append(n).append(". The service will review the work of team ").append(n).append(" by June.\n\n");
    text.append("Part 2: Finance\n\n");
    for (int n = 1; n <= 2; n++) text.append(n).append(". The cost of action ").append(n).append(" is met from existing budgets.\n\n");
    Report r = read(text.toString());
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "B1", "B2", "B3", "2.1", "2.2"),
        r.paragraphs().stream().map(Paragraph::number).toList());
  }

  @Test
  void aFigureThatBeginsALineIsNotAParagraphNumber() throws Exception {
    StringBuilder text = new StringBuilder("London Borough of Havering\nReport published: 10 August 2018\n\nSummary\n\n");
    for (int n = 1; n <= 9; n++) {
      text.append(n).append(". Inspectors found that practice in team ").append(n).append(" is improving steadily.\n\n");
      // Extraction set a figure at the start of a line, after a sentence it is the middle of.
      if (n == 4) text.setLength(text.length() - 2);
      if (n == 4) text.append(" Staff sickness stands at\n1.81 Annual sick days per FTE.\n\n");
    }
    Report r = read(text.toString());
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertTrue(r.paragraphs().get(3).text().endsWith("Staff sickness stands at 1.81 Annual sick days per FTE."), r.paragraphs().get(3).text());
  }

  /**
   * The same kind of paper as a word processor prints it (LibreOffice, from committee-libreoffice.fodt beside it): each
   * paragraph's number before a tab stop, justified text, a bordered table whose cells wrap, a footnote numbered at the
   * foot of the page on its line, a running header and "Page N" footer.
   */
  @Test
  void aWordProcessorsPaperParsesAsItsText() throws Exception {
    Report r = Fixtures.read("committee-libreoffice.pdf");
    assertEquals("norfolk-committee-report-2017-11-14", r.id());
    assertEquals(ReportType.COMMITTEE_REPORT, r.type());
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "u1", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2",
        "5.3", "5.4", "6.1", "7.1"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals(List.of(
        new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Children looked after and achieving permanence", Grade.GOOD),
        new GradedArea("Adoption performance", Grade.GOOD),
        new GradedArea("Care leavers", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Leadership, management and governance", Grade.REQUIRES_IMPROVEMENT),
        new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT)), r.gradedAreas());
    Map<String, Paragraph> byNumber = new HashMap<>();
    r.paragraphs().forEach(p -> byNumber.put(p.number(), p));
    // Its first line was "1.1<tab>This report …": the tab is the hanging indent, and the lines below it are the same paragraph.
    assertTrue(byNumber.get("1.1").text().startsWith("This report informs members of the outcome of the Ofsted inspection of"
        + " services for children in need of help and protection, children looked after and care leavers, which took place"));
    assertEquals(7, byNumber.get("u1").text().split("\n").length, byNumber.get("u1").text()); // the table, one row a line
    assertTrue(byNumber.get("u1").text().contains("\nChildren looked after and achieving permanence | Good\n"), byNumber.get("u1").text());
    assertEquals(List.of("Norfolk cared for 87 unaccompanied asylum-seeking children at the time of the inspection."),
        byNumber.get("4.2").footnotes());
    // 5.3 runs over the page break, below the footnote: its text is whole and the footnote's is not in it.
    assertTrue(byNumber.get("5.3").text().endsWith("decisions about children referred to it."), byNumber.get("5.3").text());
    assertTrue(byNumber.get("5.3").text().contains("disabled children's team remain too long"), byNumber.get("5.3").text());
    assertEquals(List.of("5. Next steps"), byNumber.get("5.3").sectionPath());
    assertTrue(r.paragraphs().stream().noneMatch(p -> p.text().contains("Children's Services Committee – 14 November")));
  }

  @Test
  void aSectionsNumberedHeadingsNestUnderItsOwn() throws Exception {
    Report r = read(String.join("\n", "Norfolk County Council", "Report to: Children's Services Committee",
        "Date of meeting: 14 November 2017", "", "3. Findings of the inspection", "", "3.1 Help and protection", "",
        "3.1.1 Families receive support from children's centres and schools, and the early help hub answers contacts.", "",
        "3.1.2 Thresholds are understood by partners, and the multi-agency safeguarding hub makes timely decisions.", "",
        "3.2 Children looked after", "",
        "3.2.1 Placement stability has improved this year, and more children now live in family settings close to home.", "",
        "3.2.2 Care leavers are supported well into education, employment and training.", "",
        "4. Financial implications", "", "4.1 There are no financial implications arising from this report.", ""));
    assertEquals(List.of("3.1.1", "3.1.2", "3.2.1", "3.2.2", "4.1"), r.paragraphs().stream().map(Paragraph::number).toList());
    List<String> help = List.of("3. Findings of the inspection", "3.1 Help and protection");
    List<String> lookedAfter = List.of("3. Findings of the inspection", "3.2 Children looked after");
    assertEquals(List.of(help, help, lookedAfter, lookedAfter, List.of("4. Financial implications")),
        r.paragraphs().stream().map(Paragraph::sectionPath).toList());
  }

  /** The judgements of the inspection a paper reports, in a table beside those of the one before (see below). */
  private static final List<GradedArea> READING_2024 = List.of(
      new GradedArea("Overall effectiveness", Grade.REQUIRES_IMPROVEMENT),
      new GradedArea("Children who need help and protection", Grade.REQUIRES_IMPROVEMENT),
      new GradedArea("Children in care", Grade.GOOD),
      new GradedArea("Care leavers", Grade.GOOD),
      new GradedArea("Impact of leaders on social work practice with children and families", Grade.REQUIRES_IMPROVEMENT));

  /** A paper whose table sets this inspection's grades and the last one's in the columns {@code newer} and {@code older}. */
  private Report thenAndNow(String heading, int newer, int older) throws Exception {
    String[][] rows = {
        {"Overall effectiveness", "Requires Improvement to be Good", "Requires Improvement to be Good"},
        {"The experiences and progress of children who need help and protection", "Requires Improvement to be Good", "Requires Improvement to be Good"},
        {"The experiences and progress of children in care", "Good", "Requires Improvement to be Good"},
        {"The experiences and progress of care leavers", "Good", "Requires Improvement to be Good"},
        {"The impact of leaders on social work practice with children and families", "Requires Improvement to be Good", "Good"}};
    StringBuilder table = new StringBuilder(heading).append('\n');
    for (String[] row : rows) {
      String[] cells = new String[3];
      cells[0] = row[0];
      cells[newer] = row[1];
      cells[older] = row[2];
      table.append(String.join("\t", cells)).append('\n');
    }
    return read(String.join("\n", "READING BOROUGH COUNCIL", "", "REPORT BY EXECUTIVE DIRECTOR OF CHILDREN'S SERVICES", "",
        "TO: ADULT SOCIAL CARE, CHILDREN'S SERVICES AND EDUCATION COMMITTEE", "", "DATE: 18 SEPTEMBER 2024", "",
        "TITLE: OFSTED INSPECTION OF READING'S LOCAL AUTHORITY CHILDREN'S SERVICES", "", "1. THE INSPECTION", "",
        "1.1 The final report was published on 12 July 2024 with the following judgements:", "", table.toString(),
        "1.2 Inspectors found that care leavers are well supported by personal advisers who know them well.", "",
        "2. NEXT STEPS", "", "2.1 An action plan will be submitted to Ofsted within 70 working days.", ""));
  }

  @Test
  void aJudgementsTableBesideTheLastInspectionsIsReadInTheNewerColumn() throws Exception {
    Report newerFirst = thenAndNow("\t2024 Grade\t2019 Grade", 1, 2);
    // "Report by" over "To: … Committee" is a paper's cover; it is dated by its meeting.
    assertEquals(ReportType.COMMITTEE_REPORT, newerFirst.type());
    assertEquals("reading-committee-report-2024-09-18", newerFirst.id());
    // A title printed in capitals reads in sentence case, keeping the authority's name and Ofsted's.
    assertEquals("Ofsted inspection of Reading's local authority children's services", newerFirst.title());
    assertEquals(READING_2024, newerFirst.gradedAreas());
    // The newer year on the right, the columns named by words, the area column's heading missing as a PDF drops an
    // empty cell: the same judgements.
    for (Report r : List.of(thenAndNow("Judgement\tOfsted 2019\tOfsted 2024", 2, 1),
        thenAndNow("Area\tPrevious judgement\tCurrent judgement", 2, 1), thenAndNow("2024 Grade\t2019 Grade", 1, 2))) {
      assertEquals(READING_2024, r.gradedAreas());
    }
    // Columns that do not say which inspection they are: neither is taken for this one's.
    assertEquals(List.of(), thenAndNow("Area\tOfsted\tCouncil's view", 1, 2).gradedAreas());
  }

  /**
   * A table whose rows are not padded apart gives a cell that wrapped as a row of its own, in lower case: the rest of a
   * name, not an area.
   */
  @Test
  void theRestOfANameThatWrappedIsNoArea() throws Exception {
    Report r = read(String.join("\n", "Reading Borough Council", "Report to: Children's Services Committee",
        "Date: 18 September 2024", "", "1. The inspection", "", "1.1 The report was published with these judgements:", "",
        "\t2024 Grade\t2019 Grade", "Overall effectiveness\tGood\tRequires improvement",
        "The experiences and progress of children\tOutstanding\tGood", "who need help and protection\tGood\tGood",
        "of children in care\tGood", "", "1.2 Members are asked to note the judgements.", ""));
    assertEquals(List.of(new GradedArea("Overall effectiveness", Grade.GOOD), new GradedArea("Children", Grade.OUTSTANDING)),
        r.gradedAreas());
  }

  /** The paper above as Chromium prints it: the table's cells wrap, and the area column's heading is empty. */
  @Test
  void aPrintedPaperReadsItsJudgementsBesideTheLastInspections() throws Exception {
    Report r = Fixtures.read("committee-judgements-then-and-now-chromium.pdf");
    assertEquals("reading-committee-report-2024-09-18", r.id());
    assertEquals(READING_2024, r.gradedAreas());
    Paragraph table = r.paragraphs().stream().filter(p -> p.number().equals("u1")).findFirst().orElseThrow();
    assertTrue(table.text().contains("\nOverall effectiveness | Requires Improvement to be Good | Requires Improvement to be Good\n"),
        table.text());
  }

  /** A word processor's bullets, as its PDF gives them: Symbol's and Wingdings' marks in the private use area. */
  @Test
  void aWordProcessorsBulletsMarkAListAsBulletsDo() throws Exception {
    String paper = String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "",
        "1. Summary", "", "1.1 Inspectors identified the following areas for improvement:",
        "%s the quality of pathway plans for care leavers", "%s the timeliness of initial health assessments",
        "%s the oversight of managers", "", "1.2 Members are asked to note the findings of the inspection.", "");
    Report bullets = read(paper.formatted("•", "•", "•"));
    assertEquals("Inspectors identified the following areas for improvement:\n- the quality of pathway plans for care leavers"
        + "\n- the timeliness of initial health assessments\n- the oversight of managers", bullets.paragraphs().get(0).text());
    // A filled square too, where words follow it: before a grade word it ticks that grade in a scale.
    for (String[] marks : List.of(new String[] {"\uF0B7", "\uF0B7", "\uF0B7"}, new String[] {"\uF0A7", "\uF0D8", "➢"},
        new String[] {"■", "■", "■"})) {
      assertEquals(bullets.paragraphs().stream().map(Paragraph::text).toList(),
          read(paper.formatted((Object[]) marks)).paragraphs().stream().map(Paragraph::text).toList(), marks[0]);
    }
  }
}
