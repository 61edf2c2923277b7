package findings.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a printed page repeats around its text: running headers and footers, and page numbers. A PDF gives them on
 * every page, and so does the text a PDF was extracted to when its pages are kept (form feeds); they are not report
 * text.
 */
final class PageFurniture {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
  /** "Page 24", "Page 3 of 12": a page's number that names itself, which no report prints as its text. */
  private static final Pattern NAMED_PAGE_NUMBER = Pattern.compile("(?i)^page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How many lines at the top and at the bottom of a page can be its header or footer. */
  private static final int EDGE_LINES = 2;

  private PageFurniture() {}

  /**
   * Whether {@code stripped}, the {@code index}th of a page's {@code count} lines, is furniture: among the first or
   * last {@link #EDGE_LINES}, and a page's number ("12", "Page 12 of 30", "- 12 -") or one of the {@code running}
   * lines ({@link #runningLines}).
   */
  static boolean isFurniture(String stripped, int index, int count, Set<String> running) {
    boolean edge = index < EDGE_LINES || index >= count - EDGE_LINES;
    return edge && (PAGE_NUMBER.matcher(stripped).matches() || running.contains(key(stripped)));
  }

  /**
   * "Page 12" or "Page 12 of 30", with any spaces around it: furniture wherever it stands, in text whose pages were not
   * kept too. Asked of every line of every text report, so the pattern runs only on a line that starts so.
   */
  static boolean isNamedPageNumber(String line) {
    int start = 0;
    while (start < line.length() && line.charAt(start) == ' ') start++;
    return line.length() - start <= 30 && line.regionMatches(true, start, "page ", 0, 5)
        && NAMED_PAGE_NUMBER.matcher(line.strip()).matches();
  }

  /**
   * The keys ({@link #key}) of lines that stand among the first or last {@link #EDGE_LINES} non-blank lines of at
   * least half the pages, and on two pages at least. Each page is given as its non-blank lines, stripped.
   */
  static Set<String> runningLines(List<List<String>> pages) {
    Set<String> running = new HashSet<>();
    // pdftotext ends its text with a form feed, after which an empty page: it is not a page of the report.
    long printed = pages.stream().filter(p -> !p.isEmpty()).count();
    if (printed < 2) return running;
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> lines : pages) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i >= EDGE_LINES && i < lines.size() - EDGE_LINES) continue;
        String k = key(lines.get(i));
        if (!k.isEmpty() && seen.add(k)) counts.merge(k, 1, Integer::sum);
      }
    }
    counts.forEach((k, n) -> {
      if (n * 2 >= printed && n >= 2) running.add(k); // on both pages of two, on half of more
    });
    return running;
  }

  /** A line with its digits blurred and its spaces made one, so that "Page 3" and "Page 4" are the same line. */
  static String key(String line) {
    return SPACES.matcher(DIGITS.matcher(line).replaceAll("#")).replaceAll(" ").strip();
  }
}
