package findings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation leads a reader to the paragraph in the report as printed. */
class CitationsTest {
  private static Report report(Paragraph... paragraphs) {
    return new Report("havering-inspection-of-local-authority-childrens-services-2019-03-01", List.of(), "Havering ILACS",
        "Havering", "E09000016", ReportType.INSPECTION_OF_CHILDRENS_SERVICES, LocalDate.of(2019, 3, 1), 2019, null,
        "havering.pdf", "0", List.of(), List.of(paragraphs), List.of());
  }

  /**
   * Reports since 2013 print no paragraph numbers, so their paragraphs' labels ("u5") are Findings' own: a reader of the
   * printed report finds the paragraph by its section and, where the source has pages, its page.
   */
  @Test
  void anUnnumberedParagraphIsCitedByItsSectionAndPage() {
    Paragraph onPage = new Paragraph("u5", false, List.of("Help and protection"), Kind.FINDING, Grade.GOOD, 8, "Text.", List.of());
    Paragraph noPages = new Paragraph("u6", false, List.of("Help and protection"), Kind.FINDING, Grade.GOOD, null, "Text.", List.of());
    Paragraph numbered = new Paragraph("23", true, List.of("Help and protection"), Kind.FINDING, Grade.GOOD, 8, "Text.", List.of());
    Report r = report(onPage, noPages, numbered);
    String source = "Inspection of local authority children's services: Havering (Ofsted, published 1 March 2019)";
    assertEquals(source + ", section \u201cHelp and protection\u201d, page 8, paragraph u5", r.citation(onPage));
    assertEquals(source + ", section \u201cHelp and protection\u201d, paragraph u6", r.citation(noPages));
    assertEquals(source + ", paragraph 23", r.citation(numbered), "a printed number is enough, as the contract shows");
  }
}
