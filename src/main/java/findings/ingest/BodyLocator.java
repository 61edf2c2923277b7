package findings.ingest;

import findings.ingest.Line.Shape;
import java.util.List;
import java.util.regex.Pattern;

/** Finds where a report's text begins, after its title page and table of contents. */
final class BodyLocator {
  private BodyLocator() {}

  /** "Purpose of the report.........3", "Background …… 4": a title, a leader of dots, a page number. */
  private static final Pattern DOTTED_ENTRY = Pattern.compile("^.{2,150}?(?:\\s*(?:\\.\\s?){3,}|\\s*…+)\\s*\\d{1,3}$");

  private static boolean isEntry(Line e) {
    return e.shape() == Shape.BLANK && !e.text().equals("") || e.shape() == Shape.TABLE_ROW
        || (e.shape() == Shape.HEADING || e.shape() == Shape.TEXT) && DOTTED_ENTRY.matcher(e.text()).matches()
        || (e.shape() == Shape.HEADING && e.text().matches(".*\\s\\d{1,3}$"))
        || e.shape() == Shape.TEXT && isPageNumber(e.text()); // the entry's page number on a line of its own
  }

  private static boolean isPageNumber(String text) {
    if (text.isEmpty() || text.length() > 3) return false;
    for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return false;
    return true;
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

  /** As long as a line of a page's prose is at least, at any size of type a report is set in. */
  private static final int FULL_LINE = 60;

  /**
   * The text of the paragraph that starts at {@code j}: its line, and the lines after it that continue its sentence,
   * as text that keeps a PDF's line breaks has a paragraph.
   */
  private static String paragraphFrom(List<Line> lines, int j) {
    String text = lines.get(j).text();
    for (int k = j + 1; k < lines.size() && k < j + 5 && !isProse(text); k++) {
      Line next = lines.get(k);
      if (next.shape() != Shape.TEXT || next.text().isEmpty()) break;
      // A line goes on in the next where that starts in lower case, or where it is a full line cut off mid-sentence:
      // a letter's first paragraph taken from a PDF is cut wherever the line ends ("… children's services on" /
      // "2 and 3 July 2019. …").
      boolean cutOff = lines.get(k - 1).text().length() >= FULL_LINE && LineClassifier.endsMidSentence(lines.get(k - 1).text());
      if (!cutOff && !Character.isLowerCase(next.text().codePointAt(0))) break;
      text = text + " " + next.text();
    }
    return text;
  }

  /**
   * The heading of the part that the heading at {@code i} opens with, where it stands right above it ("3. Findings of
   * the inspection" over "3.1 Help and protection", "PART A" over "1. Key personnel"): the body starts there, so its
   * paragraphs have both in their section. Else {@code i}.
   */
  private static int partAbove(List<Line> lines, int i) {
    int k = i - 1;
    while (k >= 0 && lines.get(k).shape() == Shape.BLANK) k--;
    if (k < 0 || lines.get(k).shape() != Shape.HEADING) return i;
    String above = lines.get(k).text();
    String heading = lines.get(i).text();
    boolean opens = SectionPath.isTopLevel(heading)
        ? SectionPath.isPart(above) && !SectionPath.isPart(heading)
        : SectionPath.isTopLevel(above);
    return opens ? k : i;
  }

  static int bodyStart(List<Line> lines) {
    int limit = Math.min(lines.size(), 200);
    for (int i = 0; i < limit; i++) {
      Line l = lines.get(i);
      if (l.shape() == Shape.HEADING && (l.text().strip().equalsIgnoreCase("contents") || l.text().strip().equalsIgnoreCase("table of contents"))) {
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
    // A letter starts after its salutation: the letterhead and the addresses above it are no part of it, and its first
    // paragraphs may stand under no heading.
    int salutation = salutation(lines, Math.min(limit, 80));
    if (salutation >= 0) {
      int k = salutation + 1;
      while (k < lines.size() && lines.get(k).shape() == Shape.BLANK) k++;
      if (k < lines.size()) return k;
    }
    // No contents: the body starts at the first heading followed by a real paragraph, under the section's grade where
    // one is printed between them; or sooner, at prose after a judgements table on the cover.
    int start = firstHeadedParagraph(lines, limit);
    int summary = summaryAfterJudgements(lines, start < 0 ? limit : start);
    return summary >= 0 ? summary : Math.max(start, 0);
  }

  /**
   * "Dear Ms Brown", "Dear Sir or Madam,", and a joint inspection's to every partner it writes to: a letter's salutation,
   * a line of its own.
   */
  private static final Pattern SALUTATION = Pattern.compile("^Dear\\s+\\p{Lu}[^.!?;:]{0,160}$");

  static boolean isSalutation(String line) {
    return line.startsWith("Dear ") && SALUTATION.matcher(line.strip()).matches();
  }

  /**
   * A letter's subject, the words under its salutation: a title, not its first sentence (a letter without a subject
   * line goes on into prose, which a PDF cuts at a line's end, "… Leeds children's services on"). Short, opening with
   * a capital, and ending in no sentence's stop and on no small word.
   */
  static boolean isSubjectLine(String t) {
    return !t.isEmpty() && t.length() <= 200 && Character.isUpperCase(t.codePointAt(0))
        && ".!?;:,".indexOf(t.charAt(t.length() - 1)) < 0 && !LineClassifier.endsWithFunctionWord(t);
  }

  /** The line of a letter's salutation among the first {@code limit}, or -1. */
  private static int salutation(List<Line> lines, int limit) {
    for (int i = 0; i < limit; i++) if (lines.get(i).shape() != Shape.BLANK && isSalutation(lines.get(i).text())) return i;
    return -1;
  }

  /**
   * The prose that follows a judgements table on a report's cover, before {@code end}: the later frameworks' reports
   * set their summary there, under no heading of its own, between the table of grades and "What needs to improve?".
   * The table counts by its rows ("Overall effectiveness\tGood") or, set one cell a line as pdftotext gives it, by
   * its grade cells on lines of their own; two of either make a table. -1 where there is none.
   */
  private static int summaryAfterJudgements(List<Line> lines, int end) {
    int judgements = 0;
    for (int i = 0; i < end; i++) {
      Line l = lines.get(i);
      if (l.shape() == Shape.TABLE_ROW && GradeResolver.gradedRow(l.text()) != null
          || l.shape() != Shape.BLANK && l.shape() != Shape.TABLE_ROW && GradeResolver.isGradeCell(l.text())) {
        judgements++;
      } else if (judgements >= 2 && l.shape() == Shape.TEXT && isProse(paragraphFrom(lines, i))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the next line with text after {@code j} is a table's row. */
  private static boolean rowFollows(List<Line> lines, int j) {
    for (int k = j + 1; k < lines.size(); k++) {
      Shape shape = lines.get(k).shape();
      if (shape != Shape.BLANK) return shape == Shape.TABLE_ROW;
    }
    return false;
  }

  /** The first heading followed by a real paragraph (its part's heading where that stands above it), or -1. */
  private static int firstHeadedParagraph(List<Line> lines, int limit) {
    for (int i = 0; i < limit; i++) {
      if (lines.get(i).shape() != Shape.HEADING) continue;
      for (int j = i + 1; j < lines.size(); j++) {
        Line next = lines.get(j);
        Shape shape = next.shape();
        if (shape == Shape.BLANK || shape == Shape.TICKED_GRADE || shape == Shape.GRADE_SCALE || shape == Shape.CHECK_MARK) continue;
        // The section's judgement in a row of its own under the heading ("Overall effectiveness\tGrade 3 (Adequate)"); a
        // row among others is a table's, under a line of it that wrapped and looks like a heading.
        if (shape == Shape.TABLE_ROW && GradeResolver.gradedRow(next.text()) != null && !rowFollows(lines, j)) continue;
        if (next.shape() == Shape.NUMBERED || (next.shape() == Shape.TEXT && isProse(paragraphFrom(lines, j)))
            || (next.shape() == Shape.BULLET && paragraphFrom(lines, j).length() >= 120)) {
          return partAbove(lines, i);
        }
        break;
      }
    }
    return -1;
  }
}
