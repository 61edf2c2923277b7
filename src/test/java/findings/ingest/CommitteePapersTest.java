package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Paragraph;
import findings.model.Report;
import findings.model.ReportType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Councils' committee papers about an inspection: known by the cover block every council prints ("Report to",
 * "Meeting", "Wards affected"), titled by the line that says what they are about, and numbered 1, 2, 3 however short.
 */
class CommitteePapersTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir
  Path dir;

  private Report read(String text) throws Exception {
    Path file = dir.resolve("paper.txt");
    Files.writeString(file, text);
    return READER.read(file);
  }

  private static final String BODY = String.join("\n", "", "Summary", "",
      "1. The purpose of this report is to inform members of the outcome of the inspection of children's services.", "",
      "2. Inspectors found that private fostering arrangements are well understood by schools and health partners.", "",
      "3. Members are asked to note the findings and to endorse the improvement plan.", "");

  @Test
  void aPaperIsKnownByItsCoverBlockAndTitledByWhatItIsAbout() throws Exception {
    for (String cover : List.of("Report to: Executive Board", "Meeting: Children's Scrutiny Panel",
        "Report of the Director of Children's Services", "Wards affected: All", "Key decision: No")) {
      Report r = read("Leeds City Council\n" + cover + "\nDate: 12 March 2015\n"
          + "Ofsted inspection of services for children in need of help and protection\n" + BODY);
      assertEquals(ReportType.COMMITTEE_REPORT, r.type(), cover);
      assertEquals("Ofsted inspection of services for children in need of help and protection", r.title(), cover);
      assertEquals("leeds-committee-report-2015-03-12", r.id(), cover);
    }
    // A "Title:" line names the paper as a "Subject:" line does.
    Report titled = read("Leeds City Council\nReport to: Cabinet\nDate: 12 March 2015\nTitle: Ofsted monitoring visit\n" + BODY);
    assertEquals("Ofsted monitoring visit", titled.title());
  }

  @Test
  void aShortPaperNumbersItsParagraphs() throws Exception {
    Report r = read("Leeds City Council\nReport to: Executive Board\nDate: 12 March 2015\n" + BODY);
    assertEquals(List.of("1", "2", "3"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Members are asked to note the findings and to endorse the improvement plan.", r.paragraphs().get(2).text());
  }

  @Test
  void aShortListInUnnumberedTextKeepsItsNumbersAsText() throws Exception {
    // Three numbered lines among more unnumbered paragraphs are a list, not the paper's paragraph numbers.
    String text = String.join("\n", "Leeds City Council", "Report to: Executive Board", "Date: 12 March 2015", "",
        "Summary", "", "The inspection took place over four weeks in January and February 2015 and looked at all services.", "",
        "Inspectors made recommendations about three areas of practice, which the improvement plan addresses.", "",
        "1. Strategy discussions.", "", "2. Return home interviews.", "", "3. Private fostering.", "",
        "The plan will be reviewed by the Safeguarding Children Board at its next meeting in the spring.", "",
        "Members are asked to note the findings of the inspection and to endorse the improvement plan.", "",
        "Officers will report progress against the plan to this board in six months' time.", "");
    Report r = read(text);
    assertEquals(List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("1. Strategy discussions.", r.paragraphs().get(2).text());
  }
}
