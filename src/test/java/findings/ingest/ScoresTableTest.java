package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A joint area review's table of scores, as a PDF's extraction gives it when a name wraps in its cell. */
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
}
