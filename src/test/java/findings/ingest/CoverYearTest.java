package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report whose cover prints a month and year but no day has that year, and stays undated. */
class CoverYearTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());
  private static final String BODY = "\n\nEarly help\n\n"
      + "Children who need help are identified early and receive timely support from a wide range of services.\n";

  @TempDir
  Path dir;

  private Report read(String cover) throws Exception {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, cover + BODY);
    return READER.read(file);
  }

  @Test
  void aMonthOnTheCoverGivesTheYearAndTheIdStaysUndated() throws Exception {
    Report r = read("Children's services self-assessment\n\nKent County Council\n\nUpdated: Nov. 2016");
    assertEquals(2016, r.year());
    assertNull(r.published());
    assertTrue(r.id().startsWith("kent-self-assessment-undated-"), r.id());
    assertTrue(r.warnings().contains("no publication date found: indexed as undated, in 2016 (a month on its cover)"),
        r.warnings().toString());
  }

  @Test
  void aMonthInASentenceIsNotTheCoversAndADayWins() throws Exception {
    assertNull(read("Children's services self-assessment\n\nKent County Council\n\n"
        + "In March 2015 the council restructured its early help services across the county.").year());
    Report dated = read("Children's services self-assessment\n\nKent County Council\n\nNovember 2016\n\nPublished: 3 January 2017");
    assertEquals(LocalDate.of(2017, 1, 3), dated.published());
    assertEquals(2017, dated.year());
  }
}
