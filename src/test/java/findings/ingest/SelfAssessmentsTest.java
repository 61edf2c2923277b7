package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Kind;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's own account of its children's services: a self-assessment, as the regions' peer challenge asked for, or
 * the yearly self-evaluation that the inspections since 2018 ask for. Known by its title, and judging nothing: its
 * "we judge our services to be good" is the council's view, not a grade.
 */
class SelfAssessmentsTest {
  @TempDir Path dir;

  private Report read(String text) throws Exception {
    return Fixtures.readText(dir, "report.txt", text);
  }

  private static final String BODY = String.join("\n", "", "1. Introduction", "",
      "1.1 This sets out what we know about the quality and impact of social work practice with children and families.", "",
      "2. Children in care", "",
      "2.1 We judge our services for children in care to be good. Placement stability has improved this year.", "");

  @Test
  void aSelfEvaluationIsASelfAssessmentAndJudgesNothing() throws Exception {
    for (String title : List.of("Self-evaluation of social work practice", "Annual self-evaluation 2023",
        "Children's Services Self-Evaluation 2023-24", "CHILDREN'S SERVICES SELF-ASSESSMENT", "Self assessment (April 2024)")) {
      Report r = read("Leeds City Council\n\n" + title + "\n" + BODY);
      assertEquals(ReportType.SELF_ASSESSMENT, r.type(), title);
      assertEquals(List.of(), r.gradedAreas(), title);
    }
  }

  /**
   * A part holds the numbered sections after it, until the next part; a numbered section takes the part's kind unless
   * it names its own. The headings inside a numbered section stand under both.
   */
  @Test
  void aPartHoldsItsNumberedSections() throws Exception {
    Report r = read(String.join("\n", "Leeds City Council", "", "Children's Services Self-Assessment 2019", "",
        "PART A: CONTEXTUAL INFORMATION", "", "1. About the city", "",
        "Leeds is home to around 180,000 children and young people, a fifth of whom live in poverty.", "",
        "PART II: WHAT WE DO WELL", "", "1. Early help", "", "Family support", "",
        "Our family support teams reach families early and most need no further help within a year.", "",
        "2. Children in care", "",
        "Placement stability has improved this year and fewer children move school when they come into care.", ""));
    List<List<String>> paths = r.paragraphs().stream().map(p -> p.sectionPath()).toList();
    assertEquals(List.of(List.of("Part A: Contextual information", "1. About the city"),
        List.of("Part II: What we do well", "1. Early help", "Family support"),
        List.of("Part II: What we do well", "2. Children in care")), paths);
    assertEquals(Kind.CONTEXT, r.paragraphs().get(0).kind(), "a numbered section in a part of context is context");
    assertEquals(Kind.FINDING, r.paragraphs().get(2).kind());
  }

  /**
   * The regional template's prompts, as a PDF prints them ("Hover here for guidance", whose tooltip is not printed), and
   * an empty field's placeholder are not the council's words: no paragraph, and no heading over the section's text.
   */
  @Test
  void aTemplatesPromptsAreNotTheReport() throws Exception {
    Report r = read(String.join("\n", "Leeds City Council", "", "Children's Services Self-Assessment 2019", "",
        "PART C: CURRENT SELF-ASSESSMENT", "", "1. LEADERSHIP AND GOVERNANCE", "", "Hover here for guidance", "",
        "Leaders know their services well and act quickly where practice is weaker.", "",
        "2. EARLY HELP", "", "Hover over this guidance – Part B", "", "Click here to enter text.", "",
        "Our family support teams reach families early and most need no further help within a year.", ""));
    assertEquals(List.of(List.of("Part C: Current self-assessment", "1. Leadership and governance"),
        List.of("Part C: Current self-assessment", "2. Early help")), r.paragraphs().stream().map(p -> p.sectionPath()).toList());
    assertEquals(2, r.paragraphs().size());
  }

  /** A visit's letter speaks of the council's self-assessment in prose that a PDF cut into lines: it is still the letter. */
  @Test
  void aLetterThatSpeaksOfTheCouncilsSelfAssessmentIsTheLetter() throws Exception {
    for (String words : List.of("self-assessment", "self-evaluation")) {
      Report r = read(String.join("\n", "8 August 2019", "", "Mr John Brown", "Director of Children's Services",
          "Leeds City Council", "", "Dear John", "", "Focused visit to Leeds children's services", "",
          "This letter summarises the findings of the focused visit to Leeds children's services on",
          "2 and 3 July 2019. Inspectors considered the local authority's " + words + " and",
          "met with leaders, social workers and partners.", "", "Overview", "",
          "Children in need of help and protection in Leeds receive a timely and proportionate response.", ""));
      assertEquals(ReportType.FOCUSED_VISIT, r.type(), words);
    }
  }
}
