package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ofsted's and the CQC's inspections of a local area's services for children with special educational needs and/or
 * disabilities: the letters of 2016–2022, whose headings are too long to look like headings and which two
 * inspectorates sign, and the reports since 2023, whose headings are questions. Typed "Other" before, with "other" in
 * their ids, which are kept as former ids.
 */
class AreaSendInspectionsTest {
  @TempDir Path dir;

  private static final String IDENTIFYING = "The effectiveness of the local area in identifying children and young people "
      + "who have special educational needs and/or disabilities";
  private static final String MEETING = "The effectiveness of the local area in assessing and meeting the needs of "
      + "children and young people who have special educational needs and/or disabilities";

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /**
   * The letter as the seeds' extraction gives a report: a paragraph a line. Each long heading over "Strengths" and
   * "Areas for development" is the section of the lists under it (they stood under "Main findings"), and the
   * signatures of two inspectorates, the third under them and the copy list are no paragraphs.
   */
  @Test
  void aLettersLongHeadingsAreTheSectionsOfItsStrengthsAndItsSignaturesNoFindings() throws Exception {
    Report r = Fixtures.readText(dir, "letter.txt", lines("Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "",
        "9 April 2019", "", "Mr Tim Aldridge", "Director of Children's Services, Havering", "",
        "Dear Mr Aldridge and Ms Smith", "", "Joint local area SEND inspection in Havering", "",
        "Between 4 March 2019 and 8 March 2019, Ofsted and the Care Quality Commission (CQC) conducted a joint inspection "
            + "of the local area of Havering.", "",
        "Main findings", "", "- Leaders have been too slow to implement the reforms.", "",
        IDENTIFYING, "", "Strengths", "", "- Health visitors identify the needs of young children well.", "",
        "Areas for development", "", "- Identification of autism spectrum disorder is slow.", "",
        MEETING, "", "Strengths", "", "- Short breaks for disabled children are well regarded by families.", "",
        "Yours sincerely", "", "Ofsted\tCare Quality Commission", "Chris Russell\tUrsula Gallagher",
        "Regional Director\tDeputy Chief Inspector", "", "Gill Jones", "Her Majesty's Inspector", "",
        "cc: Department for Education", "Clinical commissioning group(s)", "NHS England"));
    assertEquals(ReportType.AREA_SEND_INSPECTION, r.type());
    assertEquals("Joint local area SEND inspection in Havering", r.title());
    assertEquals("havering-area-send-inspection-2019-04-09", r.id());
    assertEquals(List.of("havering-other-2019-04-09"), r.formerIds());
    List<Paragraph> p = r.paragraphs();
    assertEquals(List.of(Kind.FINDING, Kind.FINDING, Kind.STRENGTH, Kind.WEAKNESS, Kind.STRENGTH),
        p.stream().map(Paragraph::kind).toList(), p.toString());
    assertEquals(List.of("Main findings"), p.get(1).sectionPath());
    assertEquals(List.of(IDENTIFYING), p.get(2).sectionPath());
    assertEquals(List.of(IDENTIFYING), p.get(3).sectionPath());
    assertEquals(List.of(MEETING), p.get(4).sectionPath());
    assertEquals("- Short breaks for disabled children are well regarded by families.", p.get(4).text());
    // Both inspectorates publish the letter, and the citation says so.
    assertEquals("Area SEND inspection: Havering (Ofsted and the Care Quality Commission, published 9 April 2019), "
        + "section \u201c" + MEETING + "\u201d, paragraph " + p.get(4).number(), r.citation(p.get(4)));
  }

  /**
   * The same kind of letter printed (Chromium, from its HTML), read from its PDF and from the text pdftotext makes of
   * that PDF: the headings wrap onto two and three lines, pdftotext keeps no blank lines between paragraphs, and the
   * second inspectorate's signature comes after the copy list.
   */
  @ParameterizedTest
  @ValueSource(strings = {"area-send-letter-chromium.pdf", "area-send-letter-pdftotext.txt"})
  void aLetterFromItsPdf(String file) throws Exception {
    Report r = Fixtures.read(file);
    assertEquals(ReportType.AREA_SEND_INSPECTION, r.type());
    assertEquals("Havering", r.authority());
    List<Paragraph> p = r.paragraphs();
    assertEquals(List.of(Kind.FINDING, Kind.FINDING, Kind.FINDING, Kind.FINDING, Kind.FINDING, Kind.STRENGTH,
        Kind.STRENGTH, Kind.WEAKNESS, Kind.STRENGTH, Kind.WEAKNESS, Kind.WEAKNESS), p.stream().map(Paragraph::kind).toList(),
        p.toString());
    assertTrue(p.get(0).text().startsWith("Between 4 March 2019 and 8 March 2019, Ofsted and the Care Quality "
        + "Commission (CQC) conducted a joint inspection"), p.get(0).text());
    assertEquals(List.of(IDENTIFYING), p.get(5).sectionPath());
    assertEquals(List.of(MEETING), p.get(10).sectionPath());
    assertEquals("Transition from children’s to adult health services is poorly planned.", p.get(10).text());
  }

  /**
   * Since 2023: an outcome instead of grades, questions for headings that say what the paragraphs are, and the
   * inspection team's names under their heading.
   */
  @Test
  void aReportSince2023() throws Exception {
    Report r = Fixtures.readText(dir, "asi.txt", lines("", "Area SEND inspection of Havering Local Area Partnership", "",
        "Inspection dates: 15 to 19 January 2024", "", "Dates of previous inspection: 4 to 8 March 2019", "",
        "Inspection outcome", "",
        "The local area partnership's special educational needs and/or disabilities (SEND) arrangements lead to "
            + "inconsistent experiences and outcomes for children and young people with SEND.", "",
        "Information about the local area partnership", "",
        "Havering Council and NHS North East London Integrated Care Board (ICB) are jointly responsible for the planning "
            + "and commissioning of services for children and young people with SEND in Havering.", "",
        "What is it like to be a child or young person with SEND in this area?", "",
        "Many children and young people with SEND in Havering have their needs identified early.", "",
        "What is the area partnership doing that is effective?", "",
        "- Leaders know the area well. Their self-evaluation is accurate.", "",
        "What does the area partnership need to do better?", "",
        "- The timeliness of EHC needs assessments has declined.", "",
        "Information about this inspection", "",
        "This inspection was carried out under section 20(1)(a) of the Children Act 2004.", "",
        "Inspection team", "", "Ofsted", "Sarah Smith, Ofsted HMI lead inspector", "Care Quality Commission",
        "Ann Jones, CQC lead inspector"));
    assertEquals(ReportType.AREA_SEND_INSPECTION, r.type());
    assertEquals("Area SEND inspection of Havering Local Area Partnership", r.title());
    assertEquals("havering-area-send-inspection-2024-01-19", r.id());
    assertEquals(List.of(Kind.JUDGEMENT, Kind.CONTEXT, Kind.FINDING, Kind.STRENGTH, Kind.WEAKNESS, Kind.CONTEXT, Kind.CONTEXT),
        r.paragraphs().stream().map(Paragraph::kind).toList(), r.paragraphs().toString());
    // The team's names, short lines one under another, are a list under the heading above them (the first was taken
    // for a heading of its own, "Ofsted", over the rest).
    Paragraph team = r.paragraphs().get(6);
    assertEquals(List.of("Inspection team"), team.sectionPath());
    assertEquals("- Ofsted\n- Sarah Smith, Ofsted HMI lead inspector\n- Care Quality Commission\n- Ann Jones, CQC lead inspector",
        team.text());
  }

  /** After a signature, a short line with prose under it is a heading (an annex's), and its prose is read. */
  @Test
  void anAnnexAfterTheSignatureIsKept() throws Exception {
    Report r = Fixtures.readText(dir, "letter.txt", lines("Piccadilly Gate", "Store Street", "Manchester", "", "9 April 2019",
        "", "Dear Mr Aldridge", "", "Joint local area SEND inspection in Havering", "",
        "Leaders have been too slow to implement the reforms.", "", "Yours sincerely", "", "Gill Jones",
        "Her Majesty's Inspector", "", "Chris Russell", "Regional Director", "", "Summary of the local area's data", "",
        "The proportion of pupils who have an EHC plan is above the national average."));
    List<Paragraph> p = r.paragraphs();
    assertEquals(2, p.size(), p.toString());
    assertEquals(List.of("Summary of the local area's data"), p.get(1).sectionPath());
  }
}
