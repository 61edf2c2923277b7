package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text extracted with its pages kept (pdftotext puts a form feed between pages) has each page's running header and
 * footer in it, as the PDF had: they go, as they do from a PDF, and a paragraph cut by the page break is whole again.
 */
class PagedTextTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  @TempDir
  Path dir;

  @Test
  void runningHeadersFootersAndPageNumbersAreNotText() throws Exception {
    String header = "Inspection of services for children in need of help and protection: Havering";
    StringBuilder text = new StringBuilder("London Borough of Havering\n\nInspection of services for children in need of help"
        + " and protection, children looked after and care leavers\n\nReport published: 10 August 2018\n\nSummary\n\n");
    List<String> findings = List.of("Private fostering arrangements are not consistently identified",
        "Return home interviews are offered to all children who go missing", "Strategy discussions are timely",
        "Respite care for disabled children is well planned", "Thresholds are understood by partners",
        "Social workers know their children well", "", "Managers do not consistently record their decisions",
        "Unaccompanied asylum-seeking children receive a good service");
    int page = 1;
    for (int n = 1; n <= 9; n++) {
      text.append(n).append(". ").append(findings.get(n - 1))
          .append(", and inspectors saw this in the records of children across the service.\n\n");
      if (n % 3 == 0 && n < 9) {
        // Paragraph 7 runs over the page break: its first half above the footer, its second below the next header.
        if (n == 6) text.append("7. Care leavers are supported well into education, employment and\n");
        text.append("Page ").append(page).append(" of 3\n\f").append(header).append("\n");
        page++;
        if (n == 6) {
          text.append("training, and most live in suitable accommodation.\n\n");
          n++;
        }
      }
    }
    text.append("Page 3 of 3\n\f");
    Path file = dir.resolve("paged.txt");
    Files.writeString(file, text.toString());
    Report r = READER.read(file);
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), r.paragraphs().stream().map(Paragraph::number).toList());
    assertEquals("Care leavers are supported well into education, employment and training, and most live in suitable accommodation.",
        r.paragraphs().get(6).text());
    assertEquals(List.of("Summary"), r.paragraphs().get(8).sectionPath());
    assertEquals(3, r.paragraphs().get(8).page());
  }
}
