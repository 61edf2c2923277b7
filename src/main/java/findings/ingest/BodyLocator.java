package findings.ingest;

import findings.ingest.Line.Shape;
import java.util.List;

/** Finds where a report's text begins, after its title page and table of contents. */
final class BodyLocator {
  private BodyLocator() {}

  private static boolean isEntry(Line e) {
    return e.shape() == Shape.BLANK && !e.text().equals("") || e.shape() == Shape.TABLE_ROW
        || (e.shape() == Shape.HEADING && e.text().matches(".*\\s\\d{1,3}$"));
  }

  /** A paragraph of prose, not a cover's line: long, or a sentence of a dozen words or more. */
  private static boolean isProse(String text) {
    return text.length() >= 120 || text.length() >= 60 && text.endsWith(".") && text.split(" ").length >= 12;
  }

  /**
   * A short line that an entry follows within a few short lines: a contents entry whose title wrapped before its page
   * number ("3. Children and young people" / "with learning difficulties" / "and/or\t12").
   */
  private static boolean wrappedEntry(List<Line> lines, int j) {
    for (int k = j, seen = 0; k < lines.size() && seen < 6; k++) {
      Line e = lines.get(k);
      if (e.shape() == Shape.BLANK) continue;
      if (k > j && isEntry(e)) return true;
      boolean shortLine = e.shape() == Shape.HEADING || (e.shape() == Shape.TEXT || e.shape() == Shape.NUMBERED) && e.text().length() < 60;
      if (!shortLine) return false;
      seen++;
    }
    return false;
  }

  static int bodyStart(List<Line> lines) {
    int limit = Math.min(lines.size(), 200);
    for (int i = 0; i < limit; i++) {
      Line l = lines.get(i);
      if (l.shape() == Shape.HEADING && l.text().strip().equalsIgnoreCase("contents")) {
        int j = i + 1;
        // Contents entries end in a page number or carry the tab of a two-column layout.
        while (j < lines.size()) {
          Line e = lines.get(j);
          boolean entry = e.shape() == Shape.BLANK || isEntry(e) || wrappedEntry(lines, j);
          if (!entry) break;
          j++;
        }
        return j;
      }
    }
    // No contents: the body starts at the first heading followed by a real paragraph.
    for (int i = 0; i < limit; i++) {
      if (lines.get(i).shape() != Shape.HEADING) continue;
      for (int j = i + 1; j < lines.size(); j++) {
        Line next = lines.get(j);
        if (next.shape() == Shape.BLANK) continue;
        if (next.shape() == Shape.NUMBERED || (next.shape() == Shape.TEXT && isProse(next.text()))
            || (next.shape() == Shape.BULLET && next.text().length() >= 120)) {
          return i;
        }
        break;
      }
    }
    return 0;
  }
}
