package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Gazetteer;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that a converter to Markdown made of a report: headings marked with hashes ("## Being healthy"), tables as rows
 * of bars ("| Safeguarding | 4 |") under a rule ("|---|---|"), list items marked "*", a paragraph's number escaped
 * ("12\. Healthy lifestyles …"), pictures and comments left in ("![](_page_0_Picture_1.jpeg)", "<!-- image -->").
 * The seeds' extraction has none of these, but gives the same report otherwise; with hashes the headings were text
 * (every section, kind and grade lost), with bars the tables were paragraphs (the grades table's scores, and the
 * strengths in the weaknesses' column), and the rest stray paragraphs or lost numbers.
 */
class MarkdownTest {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  /** The City of London's joint area review as the seeds have it, and written with the same text as Markdown. */
  @Test
  void aReportInMarkdownReadsAsTheSameReportFromTheSeeds() throws Exception {
    Report seed = READER.read(Path.of("seeds", "000_1cb2265a1d41d5cf.txt"));
    Report markdown = Fixtures.read("joint-area-review-markdown.txt");
    assertEquals(seed.id(), markdown.id());
    assertEquals(seed.title(), markdown.title());
    assertEquals(seed.gradedAreas(), markdown.gradedAreas());
    assertEquals(seed.paragraphs().size(), markdown.paragraphs().size());
    for (int i = 0; i < seed.paragraphs().size(); i++) {
      assertEquals(seed.paragraphs().get(i), markdown.paragraphs().get(i), "paragraph " + i);
    }
  }

  /**
   * A row's cells (a bar written "\\|" is a cell's text), a heading marked at both ends, a list item, an escaped
   * paragraph number; a picture and a comment are no text, and a line that only starts with a bar or a hash is no row
   * and no heading.
   */
  @Test
  void whatEachMarkMeans() throws Exception {
    assertEquals("Safeguarding\t4", LineClassifier.pipeCells("| Safeguarding | 4 |"));
    assertEquals("\tLocal services overall", LineClassifier.pipeCells("|  | Local services overall |"));
    assertEquals("Either | or\tGood", LineClassifier.pipeCells("| Either \\| or | Good |"));
    assertEquals("| a note that opens with a bar", LineClassifier.pipeCells("| a note that opens with a bar"));
    assertEquals(true, LineClassifier.isPipeTableRule("|---|:---:|"));
    assertEquals(true, LineClassifier.isPipeTableRule("| --- | --- |"));
    assertEquals(false, LineClassifier.isPipeTableRule("| Safeguarding | 4 |"));
    assertEquals(false, LineClassifier.isPipeTableRule("---"));
    Line closed = LineClassifier.classify(new SourceLine("#### Children's social care ####", 1));
    assertEquals(Line.Shape.HEADING, closed.shape());
    assertEquals("Children's social care", closed.text());
    // A long paragraph a converter set as a heading (a cover's blurb set large) is text.
    String blurb = "This report assesses the contribution of local services in ensuring that children and young people at "
        + "risk or requiring safeguarding are effectively cared for, and that those who are looked after achieve the best "
        + "possible outcomes.";
    assertEquals(Line.Shape.TEXT, LineClassifier.classify(new SourceLine("# " + blurb, 1)).shape());
    assertEquals(Line.Shape.TEXT, LineClassifier.classify(new SourceLine("#1 priority for the partnership is early help.", 1)).shape());
    assertEquals(Line.Shape.BLANK, LineClassifier.classify(new SourceLine("![](_page_3_Picture_1.jpeg)", 1)).shape());
    assertEquals(Line.Shape.BLANK, LineClassifier.classify(new SourceLine("<!-- PageBreak -->", 1)).shape());
    assertEquals(Line.Shape.BLANK, LineClassifier.classify(new SourceLine("***", 1)).shape());
    assertEquals(Line.Shape.BLANK, LineClassifier.classify(new SourceLine("* * *", 1)).shape());
    Line item = LineClassifier.classify(new SourceLine("* Leaders know the area well.", 1));
    assertEquals(Line.Shape.BULLET, item.shape());
    assertEquals("Leaders know the area well.", item.text());
    Line escaped = LineClassifier.classify(new SourceLine("12\\. Healthy lifestyles are promoted very well.", 1));
    assertEquals(Line.Shape.NUMBERED, escaped.shape());
    assertEquals("12", escaped.number());
  }

  @TempDir
  Path dir;

  /**
   * A converter to Markdown parts the items of a table's cell with line breaks ("| A.<br>B. | C. |"), where the seeds'
   * extraction gives each its paragraph tag: each item is a line of its column's paragraph, a strength or a weakness
   * (they had run together as one sentence, the tag dropped between two words). In prose a line break is a space.
   */
  @Test
  void lineBreaksInACellPartItsItems() throws Exception {
    Report report = Fixtures.readText(dir, "jar.txt", """
        # Joint area review

        ## London Borough of Havering Children's Services Authority Area

        Published: 6 February 2007

        ## Safeguarding

        10. **The contribution of local services to improving outcomes for children and young people at risk or requiring safeguarding is good.**

        | Major strengths | Important weaknesses |
        |---|---|
        | Very effective multi-agency working.<br>Early identification of developing problems.<br/>Very good quality staff. | Too few foster carers.<BR>Delays in initial assessments. |

        11. Children are seen<br>promptly, and their plans are reviewed on time.
        """);
    List<String> strengths = texts(report, Kind.STRENGTH);
    List<String> weaknesses = texts(report, Kind.WEAKNESS);
    // As the seeds' cells read: a column's items are one paragraph, an item a line.
    assertEquals(List.of("- Very effective multi-agency working.\n- Early identification of developing problems.\n"
        + "- Very good quality staff."), strengths);
    assertEquals(List.of("- Too few foster carers.\n- Delays in initial assessments."), weaknesses);
    Paragraph prose = report.paragraphs().stream().filter(p -> p.text().contains("Children are seen")).findFirst().orElseThrow();
    assertTrue(prose.text().endsWith("Children are seen promptly, and their plans are reviewed on time."), prose.text());
    assertEquals(List.of("Safeguarding"), prose.sectionPath());
  }

  private static List<String> texts(Report report, Kind kind) {
    return report.paragraphs().stream().filter(p -> p.kind() == kind).map(Paragraph::text).toList();
  }
}
