package findings.model;

import java.util.List;

/**
 * One citable paragraph of a report.
 *
 * @param number the number printed in the report ("23"), or a stable position label where none is printed
 * @param printed whether {@code number} was printed in the report (false for position labels)
 * @param sectionPath headings from the outermost to the one the paragraph falls under
 * @param grade the grade of the area the paragraph belongs to, or null
 * @param page the page on which the paragraph starts, or null where the source has no pages
 * @param footnotes footnote texts cut out of the paragraph, kept apart from its text
 */
public record Paragraph(
    String number,
    boolean printed,
    List<String> sectionPath,
    Kind kind,
    Grade grade,
    Integer page,
    String text,
    List<String> footnotes) {

  public Paragraph {
    sectionPath = List.copyOf(sectionPath);
    footnotes = List.copyOf(footnotes);
  }

  /** The heading the paragraph falls under, or null before the first heading. */
  public String section() {
    return sectionPath.isEmpty() ? null : sectionPath.get(sectionPath.size() - 1);
  }
}
