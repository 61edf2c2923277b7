package findings.ingest;

import java.util.List;

/**
 * A cleaned line of a report with what it looks like: the parser decides from these shapes, never from raw text.
 *
 * @param number the printed paragraph number for {@link Shape#NUMBERED}, else null
 * @param indent nesting depth of a bullet (0 for a top-level "- "); for a {@link Shape#HEADING}, 1 where it heads a part
 *     of the heading above it (a council paper's label, "Financial implications and risks:")
 */
record Line(Shape shape, String text, String number, int indent, Integer page) {
  enum Shape {
    BLANK,
    HEADING,
    NUMBERED,
    BULLET,
    TEXT,
    TABLE_ROW,
    HTML_CELLS,
    FOOTNOTE,
    GRADE_SCALE,
    CHECK_MARK,
    /** A grade scale with one grade ticked, as {@link GradeScales} reads it: the text is that grade. */
    TICKED_GRADE
  }

  /** What stands where there is no line: empty text, not blank, so that "the next line that is not blank" ends there. */
  private static final Line NONE = new Line(Shape.TEXT, "", null, 0, null);

  /** The first line after {@code from} that is not blank, or an empty one past the end. */
  static Line nextNonBlank(List<Line> lines, int from) {
    for (int k = from + 1; k < lines.size(); k++) if (lines.get(k).shape() != Shape.BLANK) return lines.get(k);
    return NONE;
  }

  /** The last line before {@code from} that is not blank, or an empty one before the start. */
  static Line previousNonBlank(List<Line> lines, int from) {
    for (int k = from - 1; k >= 0; k--) if (lines.get(k).shape() != Shape.BLANK) return lines.get(k);
    return NONE;
  }
}
