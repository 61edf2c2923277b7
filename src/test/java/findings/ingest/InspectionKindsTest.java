package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ofsted's inspections and visits of councils' children's services other than the JARs, the SIF and the ILACS full
 * inspections, each typed by its title: a visit's letter, the letters of joint targeted area inspections and annual
 * performance assessments, and the inspections of 2009–2013. Each was typed "Other" before, with "other" in its id,
 * and that id is kept as a former one so that links made with it still lead to the report.
 */
class InspectionKindsTest {
  @TempDir Path dir;

  private Report read(String text) throws Exception {
    return Fixtures.readText(dir, "report.txt", text);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** A report's type, authority, title and id, and the id it had while Findings typed it "Other". */
  private static void assertTyped(Report r, ReportType type, String authority, String title, String id, String typedOther) {
    assertEquals(type, r.type());
    assertEquals(authority, r.authority());
    assertEquals(title, r.title());
    assertEquals(id, r.id());
    assertEquals(List.of(typedOther), r.formerIds());
  }

  /** Ofsted's address at the top of its letters since 2014: not what the letter is about. */
  private static final String MANCHESTER = lines("Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
      "T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk", "www.gov.uk/ofsted", "");

  /**
   * A focused visit's letter names the framework it was made under in its first paragraph, and text taken from a PDF
   * breaks that paragraph into lines that are not sentences: the kind named in the title is the letter's.
   */
  @Test
  void aFocusedVisitsLetterIsAFocusedVisitThoughItsProseNamesTheFramework() throws Exception {
    Report r = read(MANCHESTER + lines("8 August 2019", "", "Mr John Brown", "Director of Children's Services",
        "Leeds City Council", "Civic Hall", "Leeds", "LS1 1UR", "", "Dear John", "",
        "Focused visit to Leeds children's services", "",
        "This letter summarises the findings of the focused visit to Leeds children's services on",
        "2 and 3 July 2019. The visit was carried out under the inspection of local authority children's",
        "services (ILACS) framework. Inspectors looked at the local authority's arrangements for",
        "children in need and children subject to a child protection plan.", "",
        "Overview", "",
        "Children in need of help and protection in Leeds receive a timely and proportionate response, and",
        "the quality of assessments has improved since the last inspection."));
    assertTyped(r, ReportType.FOCUSED_VISIT, "Leeds", "Focused visit to Leeds children's services", "leeds-focused-visit-2019-08-08", "leeds-other-2019-08-08");
    assertEquals(2, r.paragraphs().size());
  }

  /** What a visit's letter asks for, under either heading, is a recommendation; what it found, a finding. */
  @Test
  void aVisitsAreasForPriorityActionAreRecommendations() throws Exception {
    Report r = read(MANCHESTER + lines("8 August 2023", "", "Leeds City Council", "", "Dear John", "",
        "Focused visit to Leeds children's services", "", "Headline findings", "",
        "Children in need of help and protection in Leeds receive a timely and proportionate response.", "",
        "What needs to improve in this area of social work practice?", "",
        "The quality and timeliness of child protection plans, so that they say what help children need.", "",
        "Areas for priority action", "",
        "Leaders must ensure that children at risk of exploitation are seen promptly and that their risks are assessed.", "",
        "Main findings", "", "Social workers know their children well and visit them regularly."));
    assertEquals(List.of(Kind.FINDING, Kind.RECOMMENDATION, Kind.RECOMMENDATION, Kind.FINDING),
        r.paragraphs().stream().map(Paragraph::kind).toList());
  }

  /**
   * The same kind of letter as Ofsted prints it, from its PDF: Ofsted's address set at the right beside the date, so
   * that no blank line parts them; the letter's date is still its date, and every paragraph is read.
   */
  @Test
  void aFocusedVisitsLetterFromItsPdf() throws Exception {
    Report r = Fixtures.read("focused-visit-letter-chromium.pdf");
    assertEquals(ReportType.FOCUSED_VISIT, r.type());
    assertEquals("Leeds", r.authority());
    assertEquals("Focused visit to Leeds children’s services", r.title());
    assertEquals("leeds-focused-visit-2019-08-08", r.id());
    assertEquals(9, r.paragraphs().size(), r.paragraphs().toString());
    assertEquals("This letter summarises the findings of the focused visit to Leeds children’s services on 2 and 3 July "
        + "2019. The visit was carried out under the inspection of local authority children’s services (ILACS) "
        + "framework. Her Majesty’s Inspectors Jane Doe and Sam Green carried out the visit.", r.paragraphs().get(0).text());
    assertEquals(List.of("Overview"), r.paragraphs().get(2).sectionPath());
    assertEquals(Kind.RECOMMENDATION, r.paragraphs().get(4).kind());
    assertEquals("Ofsted will take the findings from this focused visit into account when planning your next "
        + "inspection or visit.", r.paragraphs().get(8).text());
    assertEquals(2, r.paragraphs().get(8).page());
  }

  @Test
  void aJointTargetedAreaInspectionsLetterToThePartners() throws Exception {
    Report r = read(MANCHESTER + lines("15 January 2018", "", "Ms Sue Green, Director of Children's Services, Sunderland City Council",
        "Chief Superintendent Alan Black, Northumbria Police", "Mr Tom White, Accountable Officer, Sunderland CCG", "",
        "Dear local partners", "",
        "Joint targeted area inspection of the multi-agency response to abuse and neglect in Sunderland", "",
        "Between 13 and 17 November 2017, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and HMI Probation "
            + "undertook a joint inspection of the multi-agency response to abuse and neglect in Sunderland.", "",
        "Key strengths", "",
        "Partners share information about children at risk of neglect promptly, and strategy discussions include "
            + "health professionals.", "",
        "Case study: highly effective practice", "",
        "A young person at risk of neglect was supported by the school nurse and the early help team together."));
    assertTyped(r, ReportType.JOINT_TARGETED_AREA_INSPECTION, "Sunderland", "Joint targeted area inspection of the multi-agency response to abuse and neglect in Sunderland", "sunderland-joint-targeted-area-inspection-2018-01-15", "sunderland-other-2018-01-15");
    // The letters' case studies stand under headings of their own, which read like a label and its text.
    Paragraph study = r.paragraphs().get(r.paragraphs().size() - 1);
    assertEquals("A young person at risk", study.text().substring(0, 22));
    assertEquals("Case study: highly effective practice", study.section());
  }

  /**
   * An APA letter's areas stand as rows of their own with their grades, its strengths and weaknesses in a table, and
   * a paragraph after the table (apart from it by a blank line) is no item of the table's; the close and the signature
   * under it are no paragraph.
   */
  @Test
  void anAnnualPerformanceAssessmentsAreasTableAndSignature() throws Exception {
    Report r = read(lines("Alexandra House", "33 Kingsway", "London WC2B 6SE", "", "22 November 2007", "", "Mr Graham Gray",
        "Director of Children's Services", "Kent County Council", "", "Dear Mr Gray", "",
        "2007 annual performance assessment of services for children and young people in Kent County Council", "",
        "This letter summarises the findings of the 2007 annual performance assessment (APA) process for your local authority.", "",
        "Overall effectiveness of children's services\tGrade 3", "",
        "Kent County Council consistently delivers above minimum requirements for children and young people.", "",
        "Enjoying and achieving\tGrade 2", "",
        "The council's contribution to improving outcomes in this area is adequate. Attainment at Key Stage 4 remains low.", "",
        "Major strengths\tImportant weaknesses and areas for development", "Good partnership working\tAttainment at Key Stage 4",
        "Low teenage pregnancy\tTimeliness of initial assessments", "", "",
        "The children and young people's plan will be reviewed in the light of this assessment.", "",
        "Yours sincerely", "", "Flo Smith", "Divisional Manager", "Office for Standards in Education, Children's Services and Skills", ""));
    assertEquals(List.of(new GradedArea("Overall effectiveness of children's services", Grade.GOOD),
        new GradedArea("Enjoying and achieving", Grade.ADEQUATE)), r.gradedAreas());
    List<Paragraph> p = r.paragraphs();
    assertEquals(List.of(Kind.FINDING, Kind.FINDING, Kind.JUDGEMENT, Kind.STRENGTH, Kind.WEAKNESS, Kind.FINDING),
        p.stream().map(Paragraph::kind).toList(), p.toString());
    assertEquals("- Good partnership working\n- Low teenage pregnancy", p.get(3).text());
    assertEquals("The children and young people's plan will be reviewed in the light of this assessment.", p.get(5).text());
    assertEquals(Grade.ADEQUATE, p.get(5).grade());
  }

  /** An APA letter of 2007, from Ofsted's London office of the time. */
  @Test
  void anAnnualPerformanceAssessmentsLetter() throws Exception {
    Report r = read(lines("Alexandra House", "33 Kingsway", "London WC2B 6SE", "", "T 08456 404040",
        "www.ofsted.gov.uk", "", "22 November 2007", "", "Mr Graham Gray", "Director of Children's Services",
        "Kent County Council", "Sessions House", "Maidstone", "ME14 1XQ", "", "Dear Mr Gray", "",
        "2007 annual performance assessment of services for children and young people in Kent County Council", "",
        "This letter summarises the findings of the 2007 annual performance assessment (APA) process for your local "
            + "authority.", "",
        "Being healthy", "",
        "The council's contribution to improving outcomes in this area is good. Teenage pregnancy rates have fallen."));
    assertTyped(r, ReportType.ANNUAL_PERFORMANCE_ASSESSMENT, "Kent", "2007 annual performance assessment of services for children and young people in Kent County Council", "kent-annual-performance-assessment-2007-11-22", "kent-other-2007-11-22");
  }

  /** The annual rating of 2009–2011, and an APA-era self-assessment that names the assessment it was written for. */
  @Test
  void anAnnualChildrensServicesAssessmentsLetter() throws Exception {
    Report r = read(MANCHESTER + lines("9 December 2010", "", "Mr Graham Gray", "Director of Children’s Services",
        "Kent County Council", "", "Dear Mr Gray", "",
        "Annual children’s services assessment", "",
        "Ofsted guidance published in July 2010 explains that the annual assessment of children’s services is derived "
            + "from the performance profile of the quality of services and outcomes for children and young people in each "
            + "local area.", "",
        "Overall effectiveness of children’s services in Kent County Council is judged to perform adequately."));
    assertEquals(ReportType.ANNUAL_CHILDRENS_SERVICES_ASSESSMENT, r.type());
    assertEquals("kent-annual-childrens-services-assessment-2010-12-09", r.id());
    assertEquals(List.of("kent-other-2010-12-09"), r.formerIds());

    Report self = read(lines("Kent County Council", "Children's services self-assessment for the annual performance assessment",
        "June 2007", "", "Being healthy", "",
        "Teenage pregnancy rates have fallen for the third year running, and most looked after children have an annual "
            + "health assessment."));
    assertEquals(ReportType.SELF_ASSESSMENT, self.type());
    assertEquals(List.of(), self.formerIds());
  }

  /**
   * The annual assessment rated a council on a scale of its own (performs excellently, well, adequately or poorly,
   * 4 to 1), in a row of its letter and a sentence; the letter's other sentences judge no area of the council's
   * ("found both to be good" of two agencies), and its key areas for further development are its weaknesses.
   */
  @Test
  void anAnnualChildrensServicesAssessmentsRating() throws Exception {
    for (String[] rating : new String[][] {{"Performs excellently (4)", "perform excellently", "OUTSTANDING"},
        {"Performs well (3)", "perform well", "GOOD"}, {"Performs adequately (2)", "perform adequately", "ADEQUATE"},
        {"Performs poorly (1)", "perform poorly", "INADEQUATE"}}) {
      Report r = read(MANCHESTER + lines("9 December 2010", "", "Mr Robert Smith", "Director of Children's Services",
          "London Borough of Camden", "", "Dear Mr Smith", "", "Annual children's services assessment", "",
          "Ofsted guidance published in July 2010 explains that the annual assessment of children's services is derived "
              + "from the performance profile of the quality of services and outcomes for children and young people in each "
              + "local area.", "",
          "Children's services assessment\t" + rating[0], "", "Children's services in Camden " + rating[1] + ".", "",
          "The large majority of services and settings inspected by Ofsted are good or better. Inspections of the "
              + "council's fostering and adoption agencies found both to be good.", "",
          "Key areas for further development", "",
          "- Improve the proportion of initial assessments completed within timescales.", "",
          "Yours sincerely", "", "Juliet Winstanley"));
      assertEquals("Annual children's services assessment", r.title(), "the subject line under the salutation");
      Grade grade = Grade.valueOf(rating[2]);
      assertEquals(List.of(new GradedArea("Children's services assessment", grade)), r.gradedAreas(), rating[0]);
      Paragraph stated = r.paragraphs().stream().filter(p -> p.text().startsWith("Children's services in Camden")).findFirst().orElseThrow();
      assertEquals(Kind.JUDGEMENT, stated.kind(), rating[0]);
      assertEquals(grade, stated.grade(), rating[0]);
      Paragraph develop = r.paragraphs().stream().filter(p -> p.text().contains("initial assessments")).findFirst().orElseThrow();
      assertEquals(Kind.WEAKNESS, develop.kind(), rating[0]);
    }
  }

  /**
   * A letter starts after its salutation, whatever its letterhead and addresses look like, and its title, too long to
   * look like a heading, is the heading of its first paragraphs, not their first words; as pdftotext gives it, the
   * title wraps onto a second line.
   */
  @Test
  void aLettersBodyStartsAfterItsSalutationUnderItsTitle() throws Exception {
    String title = "Unannounced inspection of contact, referral and assessment arrangements within local authority "
        + "children's services";
    String[] salutations = {"Dear Ms Brown", "Dear Ms Brown", "Dear Ms Brown, Dr Green, Chief Superintendent White, Mr Black and Mrs Grey,"};
    String[] titles = {title, title.replace(" local authority", "\nlocal authority"), title};
    for (int t = 0; t < titles.length; t++) {
      String titleLines = titles[t];
      Report r = read(lines("Alexandra House", "33 Kingsway", "London WC2B 6SE", "", "T 08456 404040", "www.ofsted.gov.uk", "",
          "10 June 2010", "", "Ms Jane Brown", "Director of Children's Services", "London Borough of Barnet",
          "North London Business Park", "London N11 1NP", "", salutations[t], "", titleLines, "",
          "This letter summarises the findings of the unannounced inspection of contact, referral and assessment "
              + "arrangements within local authority children's services in Barnet, which was conducted on 12 and 13 May 2010.", "",
          "The inspection identified no areas for priority action, three areas of strength and four areas for development.", "",
          "Strengths", "", "- Referrals are screened promptly by qualified social workers and decisions are recorded clearly.", "",
          "Areas for development", "", "- Supervision is not consistently recorded on case files.", "",
          "Yours sincerely", "", "Jane Doe", "Her Majesty's Inspector"));
      assertEquals(ReportType.CONTACT_REFERRAL_AND_ASSESSMENT, r.type());
      assertEquals("barnet-contact-referral-and-assessment-inspection-2010-06-10", r.id());
      List<Paragraph> p = r.paragraphs();
      assertEquals(4, p.size(), p.toString());
      assertEquals("This letter summarises", p.get(0).text().substring(0, 22));
      assertEquals(List.of(title), p.get(0).sectionPath());
      assertEquals(Kind.STRENGTH, p.get(2).kind());
      assertEquals(Kind.WEAKNESS, p.get(3).kind());
    }
  }

  /**
   * What a report says of its inspection and of the area before its findings is context: the inspections of 2009–2013
   * explain themselves and their scale, and describe the council's services; the single inspection framework describes
   * the area.
   */
  @Test
  void aReportsAccountOfItsInspectionAndAreaIsContext() throws Exception {
    Report r = read(lines("London Borough of Camden", "", "Inspection of safeguarding and looked after children services", "",
        "Inspection dates: 6 – 17 June 2011", "Published: 22 July 2011", "", "About this inspection", "",
        "1. The purpose of the inspection is to evaluate the contribution made by relevant services in the local area.", "",
        "The inspection judgements and what they mean", "",
        "2. All inspection judgements are made using the following four point scale.", "",
        "Service information", "",
        "3. Camden has a population of approximately 235,000, of whom 48,000 are children and young people.", "",
        "Safeguarding services", "", "Overall effectiveness\tGrade 3 (Adequate)", "",
        "4. The overall effectiveness of safeguarding services in Camden is adequate. Children are safe.", "",
        "Information about this local authority area", "",
        "5. The local authority has 52 children's homes and three pupil referral units."));
    List<Kind> kinds = r.paragraphs().stream().map(Paragraph::kind).toList();
    assertEquals(List.of(Kind.CONTEXT, Kind.CONTEXT, Kind.CONTEXT, Kind.JUDGEMENT, Kind.CONTEXT), kinds, r.paragraphs().toString());
  }

  @Test
  void theInspectionsOf2009To2013() throws Exception {
    assertKind(ReportType.SAFEGUARDING_AND_LOOKED_AFTER_CHILDREN, "camden-safeguarding-and-looked-after-children-inspection-2011-07-22",
        "camden-other-2011-07-22", lines("London Borough of Camden", "",
            "Inspection of safeguarding and looked after children services", "",
            "Inspection dates: 6 – 17 June 2011", "Reporting inspector: Jane Doe HMI", "", "Age group: All",
            "Published: 22 July 2011", "", "Contents", "",
            "About this inspection", "",
            "1. The purpose of the inspection is to evaluate the contribution made by relevant services in the local area "
                + "towards ensuring that children and young people are properly safeguarded."));
    assertKind(ReportType.CONTACT_REFERRAL_AND_ASSESSMENT, "camden-contact-referral-and-assessment-inspection-2010-06-10",
        "camden-other-2010-06-10", lines("Unannounced inspection of contact, referral and assessment arrangements within "
                + "children's services", "", "London Borough of Camden", "", "Inspection dates: 12 – 13 May 2010",
            "Reporting inspector: Jane Doe HMI", "", "Published: 10 June 2010", "",
            "About this inspection", "",
            "1. This inspection was unannounced and evaluated contact, referral and assessment arrangements for children "
                + "in need and children who may be in need of protection."));
    assertKind(ReportType.PROTECTION_OF_CHILDREN, "camden-inspection-of-arrangements-for-the-protection-of-children-2013-02-22",
        "camden-other-2013-02-22", lines("Inspection of local authority arrangements for the protection of children", "",
            "London Borough of Camden", "", "Inspection dates: 14 – 23 January 2013", "Lead inspector: Jane Doe HMI", "",
            "Published: 22 February 2013", "",
            "Overall effectiveness", "",
            "1. The overall effectiveness of the arrangements to protect children in Camden is good."));
  }

  /** The report {@code text} makes: its type, its id and the id it had while Findings typed it "Other". */
  private void assertKind(ReportType type, String id, String typedOther, String text) throws Exception {
    Report r = read(text);
    assertEquals(type, r.type());
    assertEquals(id, r.id());
    assertEquals(List.of(typedOther), r.formerIds());
  }

  /**
   * An APA letter judges each outcome in a row of its own, its grade by number (4 is outstanding, as in a joint area
   * review): each row heads the paragraphs after it, with its grade, and is not a paragraph itself.
   */
  @Test
  void anAnnualPerformanceAssessmentJudgesEachOutcomeInARow() throws Exception {
    Report r = read(lines("Alexandra House", "33 Kingsway", "London WC2B 6SE", "", "22 November 2007", "",
        "Director of Children's Services", "Kent County Council", "",
        "2007 annual performance assessment of services for children and young people in Kent County Council", "",
        "This letter summarises the findings of the 2007 annual performance assessment (APA) process for your local "
            + "authority.", "",
        "Outstanding\tGrade 4", "",
        "Overall effectiveness of children's services\tGrade 3", "",
        "Kent County Council consistently delivers above minimum requirements for children and young people.", "",
        "Being healthy\tGrade 4", "",
        "The council's contribution to improving outcomes in this area is outstanding. Teenage pregnancy rates have fallen.", "",
        "Staying safe\tgrade 2 (adequate)", "",
        "Referrals to social care are dealt with promptly, but too many initial assessments are late."));
    assertEquals(List.of(new GradedArea("Overall effectiveness of children's services", Grade.GOOD),
        new GradedArea("Being healthy", Grade.OUTSTANDING), new GradedArea("Staying safe", Grade.ADEQUATE)), r.gradedAreas());
    assertEquals(List.of("u1", "u2", "u3", "u4"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals(Arrays.asList(null, Grade.GOOD, Grade.OUTSTANDING, Grade.ADEQUATE),
        r.paragraphs().stream().map(Paragraph::grade).toList());
    assertEquals("Staying safe", r.paragraphs().get(3).section());
  }

  /**
   * The inspections of 2009–2013 judge the parts of each half of the report in rows of their own, a grade's number
   * with its word (1 was outstanding then). The same part judged in each half keeps each half's grade.
   */
  @Test
  void theSameAreaJudgedUnderTwoHeadingsKeepsEachGrade() throws Exception {
    Report r = read(lines("Inspection of safeguarding and looked after children services", "London Borough of Camden", "",
        "Published: 22 July 2011", "",
        "Safeguarding services", "",
        "Overall effectiveness\tGrade 3 (Adequate)", "",
        "1. The overall effectiveness of safeguarding services in Camden is adequate. Children are safe.", "",
        "Capacity for improvement\tGrade 2 (Good)", "",
        "2. Senior leaders have a clear understanding of the strengths and weaknesses of services.", "",
        "Areas for improvement", "",
        "3. Within three months, ensure that all initial assessments are completed within timescales.", "",
        "Services for looked after children", "",
        "Overall effectiveness\tGrade 2 (Good)", "",
        "4. The overall effectiveness of services for looked after children and young people is good.", "",
        "Capacity for improvement\tGrade 4 (Inadequate)", "",
        "5. Leaders have not acted on the weaknesses in planning for permanence that were found last year."));
    assertEquals(List.of(Grade.ADEQUATE, Grade.GOOD, Grade.ADEQUATE, Grade.GOOD, Grade.INADEQUATE),
        r.paragraphs().stream().map(Paragraph::grade).toList());
    assertEquals(List.of(List.of("Safeguarding services"), List.of("Safeguarding services", "Capacity for improvement"),
        List.of("Safeguarding services"), List.of("Services for looked after children"),
        List.of("Services for looked after children", "Capacity for improvement")),
        r.paragraphs().stream().map(Paragraph::sectionPath).toList());
    assertEquals(Kind.WEAKNESS, r.paragraphs().get(2).kind());
    assertEquals(List.of(new GradedArea("Safeguarding services", Grade.ADEQUATE),
        new GradedArea("Capacity for improvement", Grade.GOOD), new GradedArea("Services for looked after children", Grade.GOOD),
        new GradedArea("Services for looked after children: Capacity for improvement", Grade.INADEQUATE)), r.gradedAreas());
  }

  /** The other way round: a full inspection whose first paragraph, broken over lines, names an earlier visit. */
  @Test
  void aFullInspectionThatNamesAnEarlierVisitIsTheFullInspection() throws Exception {
    Report r = read(lines("Inspection of Leeds children's services", "", "Inspection dates: 14 to 25 January 2019",
        "Lead inspector: Jane Doe", "", "Judgement\tGrade",
        "The impact of leaders on social work practice with children and families\tGood",
        "Overall effectiveness\tGood", "",
        "Services for children in Leeds have improved further since the focused visit in",
        "June 2018, when inspectors found that the response to children in need was timely.", "",
        "What needs to improve", "",
        "The consistency of supervision, so that plans for children are reviewed when circumstances change."));
    assertEquals(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, r.type());
    assertEquals(List.of(), r.formerIds());
  }

  /** A council's paper about a visit is the council's paper: its ids never said "other". */
  @Test
  void aCommitteePaperAboutAVisitIsACommitteeReport() throws Exception {
    Report r = read(lines("Leeds City Council", "Report to: Scrutiny Board (Children and Families)",
        "Date: 12 September 2019", "Subject: Ofsted focused visit to Leeds children's services", "",
        "1. Purpose of this report", "",
        "1.1 This report sets out the findings of the focused visit of July 2019 and the actions taken since."));
    assertEquals(ReportType.COMMITTEE_REPORT, r.type());
    assertEquals(List.of(), r.formerIds());
  }
}
