package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Grade;
import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
}
