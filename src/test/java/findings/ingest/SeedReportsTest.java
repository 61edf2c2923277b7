package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Golden expectations for the five seed reports, written by reading them. */
class SeedReportsTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  private static Report read(String name) throws Exception {
    return READER.read(Path.of("seeds", name));
  }

  private static Map<String, Paragraph> byNumber(Report r) {
    return r.paragraphs().stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
  }

  private static Map<String, Grade> grades(Report r) {
    return r.gradedAreas().stream().filter(a -> a.grade() != null)
        .collect(Collectors.toMap(GradedArea::area, GradedArea::grade));
  }

  @Test
  void cityOfLondonJointAreaReview() throws Exception {
    Report r = read("000_1cb2265a1d41d5cf.txt");
    assertEquals("city-of-london-joint-area-review-2007-12-21", r.id());
    assertEquals("City of London", r.authority());
    assertEquals("E09000001", r.authorityCode());
    assertEquals(ReportType.JOINT_AREA_REVIEW, r.type());
    assertEquals(LocalDate.of(2007, 12, 21), r.published());
    assertEquals("201", r.reference());
    assertEquals(List.of("Safeguarding", "Looked after children", "Learning difficulties and/or disabilities",
        "Service management", "Capacity to improve"), r.gradedAreas().stream().map(GradedArea::area).toList());
    assertTrue(r.gradedAreas().stream().allMatch(a -> a.grade() == Grade.OUTSTANDING));

    Map<String, Paragraph> p = byNumber(r);
    // 51 numbered paragraphs, the corporate assessment annex B1–B8 and C1–C4.
    assertEquals(63, r.paragraphs().stream().filter(Paragraph::printed).count());
    Paragraph p23 = p.get("23");
    assertEquals("Looked after children and young people", p23.section());
    assertEquals(Grade.OUTSTANDING, p23.grade());
    assertTrue(p23.text().contains("are unaccompanied asylum seekers"));
    // cut by a page break in the middle of a sentence, joined again
    assertTrue(p23.text().contains("on a rota basis. On the face of it, this is a most unpromising start."));
    // the footnote is kept apart and its marker gone from the text
    assertEquals(List.of("ONS 2005 mid-year estimates"), p.get("4").footnotes());
    assertTrue(p.get("4").text().contains("just over 9,000; of which about 1,100"));
    // paragraph 5 continues after the footnote: "Adult and | community learning"
    assertTrue(p.get("5").text().contains("Adult and community learning, including family learning"));
    assertTrue(p.get("17").text().contains("City and Hackney Safeguarding Children Board is working effectively"));
    assertTrue(p.get("45").text().endsWith("in a limited number of multi-purpose venues."));
    assertTrue(p.get("49").text().contains("Elected members also make a substantial contribution"));
    assertEquals(Kind.JUDGEMENT, p.get("10").kind());
    assertEquals(Kind.CONTEXT, p.get("4").kind());
    assertEquals("Main findings", p.get("8").section());
    assertTrue(p.get("8").text().contains("\n- safeguarding provision is outstanding"), "a list belongs to its paragraph");
    assertEquals("Safeguarding", p.get("10").section());
    assertEquals(Grade.OUTSTANDING, p.get("10").grade());
    assertNull(p.get("9").grade(), "equality and diversity is not a graded area");
    List<Paragraph> strengths = r.paragraphs().stream().filter(x -> x.kind() == Kind.STRENGTH).toList();
    assertEquals(4, strengths.size());
    assertTrue(strengths.get(0).text().contains("- Very effective multi-agency working"));
    assertFalse(strengths.get(0).text().contains("<p>"));
    assertEquals("Annex B", p.get("B3").sectionPath().get(0));
    assertTrue(r.paragraphs().stream().noneMatch(x -> x.text().contains("Crown copyright")), "the cover is not text");
    assertTrue(r.paragraphs().stream().noneMatch(x -> x.text().startsWith("Introduction")), "contents are not text");
  }

  @Test
  void haveringJointAreaReview() throws Exception {
    Report r = read("001_15de77b5f4537637.txt");
    assertEquals("havering-joint-area-review-2007-02-06", r.id());
    assertEquals("Havering", r.authority());
    assertEquals("311", r.reference());
    Map<String, Grade> g = grades(r);
    assertEquals(Grade.OUTSTANDING, g.get("Enjoying and achieving"));
    for (String area : List.of("Being healthy", "Staying safe", "Making a positive contribution", "Achieving economic well-being",
        "Service management", "Capacity to improve")) {
      assertEquals(Grade.GOOD, g.get(area), area);
    }
    Map<String, Paragraph> p = byNumber(r);
    for (int n = 1; n <= 92; n++) assertTrue(p.containsKey(String.valueOf(n)), "paragraph " + n);
    // printed numbers lost in extraction, restored from the sequence
    assertTrue(p.get("47").text().startsWith("Planning and delivery of CAMHS is improving."));
    assertTrue(p.get("52").text().startsWith("Good multi-agency preventative projects"));
    assertTrue(p.get("66").text().startsWith("people to contribute to society is good."));
    assertEquals("Making a positive contribution", p.get("66").section());
    assertEquals(Grade.GOOD, p.get("66").grade());
    assertEquals(Grade.OUTSTANDING, p.get("60").grade());
    assertEquals(List.of("Main Report", "Enjoying and achieving"), p.get("60").sectionPath());
    assertTrue(p.get("53").text().contains("There is a comprehensive training programme"), "joined across a page break");
    assertTrue(p.get("A1").sectionPath().get(0).startsWith("Annex"));
    assertTrue(r.paragraphs().stream().anyMatch(x -> x.kind() == Kind.RECOMMENDATION && x.text().contains("respite care")));
  }

  @Test
  void committeeReportOnTheCityOfLondonInspection() throws Exception {
    Report r = read("002_123b325bf212f2cb.txt");
    assertEquals(ReportType.COMMITTEE_REPORT, r.type());
    assertEquals("City of London", r.authority());
    assertEquals(LocalDate.of(2016, 10, 14), r.published());
    Map<String, Grade> g = grades(r);
    assertEquals(Grade.GOOD, g.get("Care leavers"));
    assertEquals(Grade.GOOD, g.get("Children who need help and protection"));
    assertEquals(Grade.GOOD, g.get("Children looked after and achieving permanence"));
    assertEquals(Grade.OUTSTANDING, g.get("Leadership, management and governance"));
    GradedArea adoption = r.gradedAreas().stream().filter(a -> a.area().toLowerCase().contains("adoption")).findFirst().orElseThrow();
    assertNull(adoption.grade(), "adoption considered, not graded");
    Map<String, Paragraph> p = byNumber(r);
    assertEquals(Grade.GOOD, p.get("35").grade());
    assertEquals("Care leavers", p.get("35").section());
    assertNull(p.get("32").grade());
    assertEquals(Grade.OUTSTANDING, p.get("40").grade());
    assertTrue(p.get("12").text().contains("elected Members and service users"), "a wrapped list item joined");
    assertTrue(p.get("27").text().contains("settling well and achieving consistently good outcomes. Social workers"));
    assertEquals(Kind.RECOMMENDATION, p.get("44").kind());
    assertEquals(51, r.paragraphs().stream().filter(Paragraph::printed).count());
  }

  @Test
  void selfAssessmentJudgesNothing() throws Exception {
    Report r = read("003_d3cd17d939f61604.txt");
    assertEquals(ReportType.SELF_ASSESSMENT, r.type());
    assertEquals("City of London", r.authority());
    assertTrue(r.gradedAreas().isEmpty());
    assertTrue(r.paragraphs().stream().allMatch(x -> x.grade() == null));
    assertTrue(r.paragraphs().stream().noneMatch(Paragraph::printed), "the self-assessment does not number paragraphs");
    assertTrue(r.paragraphs().size() > 200);
    Paragraph uasc = r.paragraphs().stream().filter(x -> x.text().contains("15 of them were unaccompanied asylum seekers")).findFirst().orElseThrow();
    assertEquals("13. Care leavers", uasc.section());
    // Its three parts hold its numbered sections, and a part's name keeps its capital letter in sentence case.
    assertEquals(List.of("Part C: Current self-assessment", "13. Care leavers"), uasc.sectionPath());
    Paragraph risk = r.paragraphs().stream().filter(x -> x.text().startsWith("Risk |")).findFirst().orElseThrow();
    assertEquals(List.of("Part B: Summary", "2. Looking Forward To 2018/19", "2.2 Top Three Risks For The Future"), risk.sectionPath());
    assertEquals(Kind.WEAKNESS, risk.kind());
    Paragraph prompt = r.paragraphs().stream().filter(x -> x.text().startsWith("Please include ways")).findFirst().orElseThrow();
    assertEquals(Kind.CONTEXT, prompt.kind(), "the template's instruction is no strength of the council's");
    Paragraph personnel = r.paragraphs().stream().filter(x -> x.text().startsWith("Job Title |")).findFirst().orElseThrow();
    assertEquals(List.of("Part A: Contextual information", "1. Key Personnel"), personnel.sectionPath());
    assertEquals(Kind.CONTEXT, personnel.kind());
    assertTrue(r.paragraphs().stream().anyMatch(x -> x.kind() == Kind.STRENGTH));
    assertTrue(r.paragraphs().stream().anyMatch(x -> x.kind() == Kind.WEAKNESS));
    assertEquals(r.paragraphs().size(), r.paragraphs().stream().map(Paragraph::number).distinct().count(), "labels are unique");
  }

  @Test
  void westminsterJointAreaReview() throws Exception {
    Report r = read("004_0c46a5a91f508f7b.txt");
    assertEquals("westminster-joint-area-review-2007-08-14", r.id());
    assertEquals("Westminster", r.authority());
    Map<String, Grade> g = grades(r);
    assertEquals(Grade.GOOD, g.get("Safeguarding"));
    assertEquals(Grade.OUTSTANDING, g.get("Service management"));
    assertEquals(Grade.GOOD, g.get("Looked after children"));
    Map<String, Paragraph> p = byNumber(r);
    // "… prioritising and 21. improving …": the number slipped into the line
    assertTrue(p.get("21").text().startsWith("In the past year the LSCB has focused its attention on prioritising and improving safer recruitment practice"));
    assertTrue(p.get("20").text().endsWith("CAMHS."));
    assertTrue(p.get("5").text().contains("about 270, includes 83 young people who are unaccompanied asylum seekers"));
    assertEquals(Grade.GOOD, p.get("25").grade());
    Paragraph safeguardingStrengths = r.paragraphs().stream()
        .filter(x -> x.kind() == Kind.STRENGTH && "Safeguarding".equals(x.section())).findFirst().orElseThrow();
    assertTrue(safeguardingStrengths.text().contains("- Very low rates of teenage conception"));
    assertTrue(safeguardingStrengths.text().contains("- Broad and effective services for early intervention and safeguarding support."));
    assertFalse(p.get("53").text().contains("Sensitive and non-stigmatised"), "table items stay in their table");
    assertFalse(p.get("23").text().contains("Outstanding action"), "table items stay in their table");
    for (int n = 1; n <= 79; n++) assertTrue(p.containsKey(String.valueOf(n)), "paragraph " + n);
  }
}
