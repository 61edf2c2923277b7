package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A joint area review's table of scores, as a PDF's extraction gives it when a name wraps in its cell; its strengths
 * and weaknesses tables; and its sections' judgements where no table of scores grades them.
 */
class ScoresTableTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());
  private static final Path HAVERING = Path.of("seeds/001_15de77b5f4537637.txt");

  @TempDir
  Path dir;

  @Test
  void aNameThatWrappedInItsCellKeepsItsRowAndTheRowsBelow() throws Exception {
    String text = Files.readString(HAVERING);
    String row = "The social care services for children\t\t3\t";
    assertTrue(text.contains(row), "the seed's row");
    Path wrapped = dir.resolve("havering.txt");
    Files.writeString(wrapped, text.replace(row, "The social care services for\t\t3\t\nchildren"));
    Report asPrinted = READER.read(HAVERING);
    Report asExtracted = READER.read(wrapped);
    // Every area, "The social care services for children" whole and "The health service for children" below it.
    assertEquals(asPrinted.gradedAreas(), asExtracted.gradedAreas());
    assertEquals(11, asExtracted.gradedAreas().size());
  }

  private static final String COVER = String.join("\n", "Joint area review", "", "Sandwell Metropolitan Borough Council", "",
      "Review of services for children and young people", "", "Audience\tPublished\tReference no.", "All\t12 March 2008\t333", "");

  @Test
  void aRowWithAnEmptyCellTooManyLosesNoItem() throws Exception {
    // A PDF's gap between the columns taken for one more, empty, cell: the weakness after it was dropped.
    Files.writeString(dir.resolve("jar.txt"), COVER + String.join("\n", "", "Staying safe", "",
        "1. Arrangements for children missing from education are good.", "", "Major strengths\tImportant weaknesses",
        "Good quality foster care placements.\t\tToo many initial assessments are late.",
        "• Prompt responses to referrals.\t• Thresholds are not understood by partners.", "",
        "2. Private fostering arrangements are underdeveloped.", ""));
    Report r = READER.read(dir.resolve("jar.txt"));
    assertEquals("- Good quality foster care placements.\n- Prompt responses to referrals.", r.paragraphs().get(1).text());
    assertEquals(Kind.STRENGTH, r.paragraphs().get(1).kind());
    assertEquals("- Too many initial assessments are late.\n- Thresholds are not understood by partners.", r.paragraphs().get(2).text());
    assertEquals(Kind.WEAKNESS, r.paragraphs().get(2).kind());
  }

  @Test
  void aSectionsOpeningJudgementGradesItWhereNoScoresTableDoes() throws Exception {
    Files.writeString(dir.resolve("jar.txt"), COVER + String.join("\n", "", "Staying safe", "",
        "1. The contribution of local services to improving outcomes for children and young people at risk or requiring "
            + "safeguarding is adequate.", "",
        "2. Private fostering arrangements are underdeveloped.", "", "Making a positive contribution", "",
        "3. The council's work to help children and young people make a positive contribution is good.", "",
        "4. Young people take part in decisions well.", ""));
    Report r = READER.read(dir.resolve("jar.txt"));
    assertEquals(List.of(new GradedArea("Staying safe", Grade.ADEQUATE)), r.gradedAreas());
    assertEquals(Arrays.asList(Grade.ADEQUATE, Grade.ADEQUATE, null, null), r.paragraphs().stream().map(Paragraph::grade).toList());
    // A scores table grades the sections by their names, and the sentence does not overrule it.
    Files.writeString(dir.resolve("jar.txt"), COVER + String.join("\n", "", "Grades", "4: outstanding; 3: good; 2: adequate; 1: inadequate",
        "\tLocal services overall", "Staying safe\t3", "", "Staying safe", "",
        "1. The contribution of local services to improving outcomes for children and young people at risk or requiring "
            + "safeguarding is adequate.", ""));
    assertEquals(Grade.GOOD, READER.read(dir.resolve("jar.txt")).paragraphs().get(0).grade());
  }
}
