package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A section judged on a printed scale of grades with one ticked, as councils' self-assessment forms print it: the
 * ticked grade is the section's, whatever mark ticks it and wherever extraction leaves the mark, and the scale's lines
 * are neither paragraphs nor its first grade.
 */
class TickedGradesTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir
  Path dir;

  private static final String COVER = "Children's services self-assessment\nKent County Council\n\n";
  private static final String FIRST = "Children who need help are identified early and receive timely support from a wide range of services.";
  private static final String SECOND = "Placement stability has improved this year and more children now live in family settings close to home.";

  private List<Grade> grades(String name, String text) throws Exception {
    Path file = dir.resolve(name + ".txt");
    Files.writeString(file, text);
    Report r = READER.read(file);
    assertEquals(List.of(FIRST, SECOND), r.paragraphs().stream().map(Paragraph::text).toList(), "the scales are not paragraphs");
    return r.paragraphs().stream().map(Paragraph::grade).toList();
  }

  /** Two sections, each with its scale printed between its heading and its paragraph. */
  private static String report(String firstScale, String secondScale) {
    return COVER + "Help and protection\n\n" + firstScale + "\n" + FIRST + "\n\nChildren looked after\n\n" + secondScale + "\n"
        + SECOND + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a tick|✓", "a cross|X", "Wingdings' tick, as a word processor's PDF gives it|\uF0FC",
      "Wingdings 2's tick|\uF050", "a checked box|☑", "Wingdings' crossed box|\uF0FD"})
  void aGradeTickedInItsRowOrUnderItGradesTheSection(String what, String mark) throws Exception {
    // A grade to a row, the mark in the row's other cell; then the mark on a line of its own under its grade.
    String rows = "Outstanding\t\nGood\t" + mark + "\nRequires improvement\t\nInadequate\t\n";
    String lines = "Outstanding\n\nAdequate\n\nGood\n\nInadequate\n\n" + mark + "\n";
    assertEquals(List.of(Grade.GOOD, Grade.INADEQUATE), grades("rows", report(rows, lines)), what);
  }

  @Test
  void aGradeTickedUnderAScalePrintedAcrossIsTheOneInTheMarksColumn() throws Exception {
    String across = "Outstanding\tGood\tRequires improvement\tInadequate\n\t\t\uF0FC\t\n";
    // Its column lost, a mark under the scale ticks no grade that can be told: none is given.
    String lost = "Outstanding\tGood\tRequires improvement\tInadequate\n✓\n";
    assertEquals(Arrays.asList(Grade.REQUIRES_IMPROVEMENT, null), grades("across", report(across, lost)));
  }

  @Test
  void aFormsBoxesGradeTheSectionByTheOneChecked() throws Exception {
    String before = "☐ Outstanding \u00a0☒ Good \u00a0☐ Requires improvement \u00a0☐ Inadequate\n";
    String after = "Outstanding \uF0A8  Good \uF0A8  Requires improvement \uF0A8  Inadequate \uF0FE\n";
    assertEquals(List.of(Grade.GOOD, Grade.INADEQUATE), grades("boxes", report(before, after)));
  }

  @Test
  void aLoneGradeWithAMarkUnderItIsTheSectionsGrade() throws Exception {
    assertEquals(List.of(Grade.GOOD, Grade.INADEQUATE), grades("lone", report("Good\n\n✓\n", "Inadequate\t\uF0FC\n")));
  }

  @Test
  void aScaleWithNoMarkOrWithTwoGivesNoGradeNotItsFirst() throws Exception {
    String none = "Outstanding\t\nGood\t\nRequires improvement\t\nInadequate\t\n";
    String two = "Outstanding\tX\nGood\tX\nRequires improvement\t\nInadequate\t\n";
    assertEquals(Arrays.asList(null, null), grades("unticked", report(none, two)));
  }

  @Test
  void aPrintedFormIsReadWithEachSectionsTickedGrade() throws Exception {
    // Chromium's print of a form: a tick in a table's second column, a tick under a scale printed across a table, and
    // a line of boxes; the last section has no scale.
    Report r = Fixtures.read("ticked-scales-chromium.pdf");
    assertEquals(Arrays.asList(Grade.GOOD, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, null),
        r.paragraphs().stream().map(Paragraph::grade).toList());
    assertEquals(List.of("Children who need help", "Social workers visit children", "Placement stability has improved",
        "Care leavers are supported", "Leaders know their services"),
        r.paragraphs().stream().map(p -> String.join(" ", Arrays.asList(p.text().split(" ")).subList(0, 4))).toList());
  }
}
