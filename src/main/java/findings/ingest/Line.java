package findings.ingest;

/**
 * A cleaned line of a report with what it looks like: the parser decides from these shapes, never from raw text.
 *
 * @param number the printed paragraph number for {@link Shape#NUMBERED}, else null
 * @param indent nesting depth of a bullet (0 for a top-level "- ")
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
    CHECK_MARK
  }
}
