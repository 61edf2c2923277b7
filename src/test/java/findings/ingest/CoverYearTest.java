package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose cover prints a month and year but no day has that year, and stays undated; one whose cover prints its
 * date in figures is dated by it where a label says what date it is.
 */
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

  /**
   * "Inspection date\t10/01/2012", "Date: 14/10/2016": a cover's labelled date in figures, day first, dates the report
   * (it was undated); the last inspection's date does not, though it comes first, nor does a date in figures in a
   * cover's table of people ("Elected 8/05/2015"), nor a year and its next ("2016/17").
   */
  @Test
  void aLabelledDateInFiguresDatesTheReport() throws Exception {
    Report inspected = read("Inspection report for local authority fostering agency\n\nHavering Council Fostering Service\n\n"
        + "Unique reference number\tSC048123\nDate of last inspection\t04/06/2009\nInspection date\t10/01/2012");
    assertEquals(LocalDate.of(2012, 1, 10), inspected.published());
    assertEquals("SC048123", inspected.reference());
    assertEquals(LocalDate.of(2016, 10, 14), read("Children's services self-assessment 2016/17\n\nKent County Council\n\n"
        + "Date: 14.10.2016").published());
    Report elected = read("Children's services self-assessment 2016/17\n\nKent County Council\n\n"
        + "Lead Member\tDhruv Patel\tElected 8/05/2015");
    assertNull(elected.published());
    assertTrue(elected.id().startsWith("kent-self-assessment-undated-"), elected.id());
  }
}
