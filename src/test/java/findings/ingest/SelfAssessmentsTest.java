package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
