package findings.ingest;

import findings.ingest.Line.Shape;
import findings.model.Grade;
import java.util.ArrayList;
import java.util.List;

/**
 * Grade scales with one grade ticked, as self-assessment forms and some letters print a judgement: every grade word of
 * the scale, and a mark beside, under or before the one that holds. Text extraction keeps the words and the mark, each
 * where its line puts it:
 * <ul>
 *   <li>a grade to a row, the mark in the row's other cell ("Good\t✓") or on a line of its own after it;
 *   <li>the grades across one row, the marks' row under it ("\t✓\t\t");
 *   <li>each grade with a box before or after it on one line ("☐ Outstanding ☒ Good ☐ Requires improvement").
 * </ul>
 * Each such scale becomes one line, {@link Shape#TICKED_GRADE}, holding the ticked grade: the parser gives it to the
 * section as a grade printed under its heading. A scale with no mark, or with more than one, says nothing of the
 * section (its mark may have been drawn, and drawings are not text), and is dropped: the first of its grade words is
 * not the section's grade, and its rows are not a table of findings.
 */
final class GradeScales {
  /**
   * A mark that ticks: crosses, ticks, filled and crossed boxes, with Wingdings' and Wingdings 2's ticks, crosses and
   * boxes as a word processor's PDF gives them, in the private use area (U+F0FC is Wingdings' ✓).
   */
  static final String TICKS = "XxХх✓✔✗✘☑☒■●\uF0FC\uF0FB\uF0FD\uF0FE\uF078\uF050\uF04F\uF052\uF054";
  /** An empty box: ☐ and Wingdings' boxes (U+F0A8, U+F06F, U+F071) and Wingdings 2's (U+F0A3). */
  private static final String BOXES = "☐□❑❒\uF0A8\uF06F\uF071\uF0A3";

  private GradeScales() {}

  static boolean isTick(String s) {
    return s.length() == 1 && TICKS.indexOf(s.charAt(0)) >= 0;
  }

  private static boolean isBox(char c) {
    return BOXES.indexOf(c) >= 0;
  }

  /** One grade word of a scale, and whether a mark in its own line ticks it. */
  private record Entry(Grade grade, boolean ticked) {}

  /** Rewrites each ticked scale among {@code lines} as one {@link Shape#TICKED_GRADE} line, and blanks its other lines. */
  static void resolve(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.shape() == Shape.BLANK) continue;
      if (acrossScale(lines, i)) continue; // line i and its marks' row rewritten
      if (line.shape() != Shape.CHECK_MARK && entries(line) == null) continue; // the common case: no scale starts here
      List<Entry> entries = new ArrayList<>();
      List<Integer> taken = new ArrayList<>();
      int k = i;
      int pendingMark = 0; // marks seen before any grade word: they tick the grade that follows
      while (k < lines.size()) {
        Line l = lines.get(k);
        if (l.shape() == Shape.BLANK) {
          k++;
          continue;
        }
        if (l.shape() == Shape.CHECK_MARK && isTick(l.text())) {
          if (entries.isEmpty()) pendingMark++;
          else entries.set(entries.size() - 1, new Entry(entries.get(entries.size() - 1).grade(), true));
          taken.add(k++);
          continue;
        }
        List<Entry> own = entries(l);
        if (own == null) break;
        if (pendingMark > 0 && !own.isEmpty()) {
          own.set(0, new Entry(own.get(0).grade(), true));
          pendingMark = 0;
        }
        entries.addAll(own);
        taken.add(k++);
      }
      List<Grade> ticked = entries.stream().filter(Entry::ticked).map(Entry::grade).distinct().toList();
      boolean marked = ticked.size() == 1;
      // One grade unticked is a statement of it under its heading, not a scale; ticked ("Good" over "✓"), it is one.
      if (entries.stream().map(Entry::grade).distinct().count() < 2 && !marked) continue;
      // Plain grade lines with no mark anywhere are a list of the grades (a key), left to the parser as they were.
      boolean anyMark = pendingMark > 0 || entries.stream().anyMatch(Entry::ticked)
          || taken.stream().anyMatch(t -> lines.get(t).shape() != Shape.GRADE_SCALE);
      if (!marked && !anyMark) continue;
      int first = taken.get(0);
      for (int t : taken) lines.set(t, new Line(Shape.BLANK, "", null, 0, lines.get(t).page()));
      if (marked) lines.set(first, new Line(Shape.TICKED_GRADE, ticked.get(0).label(), null, 0, lines.get(first).page()));
      i = taken.get(taken.size() - 1);
    }
  }

  /**
   * The grade words of one line of a vertical scale or of boxes, each with whether the line ticks it; null where the
   * line is not part of a scale. A row of cells holds one grade word and at most one other cell of a single character
   * (a mark, or a box whose glyph came out as a letter).
   */
  private static List<Entry> entries(Line l) {
    String text = l.text();
    if (l.shape() == Shape.GRADE_SCALE) {
      Grade g = Grade.parse(text).orElse(null);
      return g == null ? null : new ArrayList<>(List.of(new Entry(g, false)));
    }
    if (l.shape() == Shape.TABLE_ROW) {
      Grade grade = null;
      boolean tick = false;
      int others = 0;
      for (String cell : text.split("\t")) {
        String c = cell.strip();
        if (c.isEmpty()) continue;
        Grade g = Grade.parse(c).orElse(null);
        if (g != null && grade == null && isGradeWords(c)) grade = g;
        else if (c.length() == 1) {
          tick |= isTick(c);
          others++;
        } else return null;
      }
      return grade == null || others > 1 ? null : new ArrayList<>(List.of(new Entry(grade, tick)));
    }
    if (l.shape() == Shape.TEXT || l.shape() == Shape.HEADING) return boxed(text);
    return null;
  }

  /** Whether a cell is a grade's words and nothing more: "Good", "Requires improvement", not "Good practice". */
  static boolean isGradeWords(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '\'' && c != '’') return false;
    }
    return true;
  }

  /**
   * "☐ Outstanding ☒ Good ☐ Requires improvement ☐ Inadequate", or each box after its grade: every grade with the box
   * on its side ticked or not; null unless the line is boxes and grade words alone, two grades or more.
   */
  private static List<Entry> boxed(String line) {
    if (line.length() > 120 || !hasBox(line)) return null; // most lines: a form's line is short, and has its boxes
    String text = line.replace('\u00a0', ' '); // a form's boxes are often spaced apart with no-break spaces
    List<Character> marks = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBox(c) || TICKS.indexOf(c) >= 0 && (c > 'z' || isolated(text, i))) {
        if (!word.toString().isBlank()) words.add(word.toString().strip());
        word.setLength(0);
        marks.add(c);
      } else {
        word.append(c);
      }
    }
    if (!word.toString().isBlank()) words.add(word.toString().strip());
    // As many marks as grades: each grade's is on the same side of it, so the n-th mark is the n-th grade's.
    if (words.size() < 2 || words.size() != marks.size()) return null;
    List<Entry> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      Grade g = isGradeWords(words.get(w)) ? Grade.parse(words.get(w)).orElse(null) : null;
      if (g == null) return null;
      out.add(new Entry(g, !isBox(marks.get(w))));
    }
    return out;
  }

  private static boolean hasBox(String line) {
    for (int i = 0; i < line.length(); i++) if (line.charAt(i) > 'z' && isBox(line.charAt(i))) return true;
    return false;
  }

  /** Whether the letter at {@code i} stands alone between spaces or the line's ends: "X", not the x of a word. */
  private static boolean isolated(String text, int i) {
    return (i == 0 || text.charAt(i - 1) == ' ') && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
  }

  /**
   * Where line {@code i} is a row of grade words across its cells and the next line that is not blank the marks' row
   * under it, one mark in the column of one grade: both rewritten, and true returned. A lone mark under such a row,
   * its column lost, ticks no grade that can be told: both are dropped.
   */
  private static boolean acrossScale(List<Line> lines, int i) {
    Line row = lines.get(i);
    List<String> cells;
    if (row.shape() == Shape.TABLE_ROW) cells = List.of(row.text().split("\t", -1));
    else if (row.shape() == Shape.GRADE_SCALE && Grade.parse(row.text()).isEmpty()) cells = null; // words, no columns
    else return false;
    int next = i + 1;
    while (next < lines.size() && lines.get(next).shape() == Shape.BLANK) next++;
    if (next == lines.size()) return false;
    Line marks = lines.get(next);
    Grade ticked = null;
    if (cells == null) {
      if (marks.shape() != Shape.CHECK_MARK || !isTick(marks.text())) return false;
    } else {
      int grades = 0;
      for (String c : cells) {
        if (c.isBlank()) continue;
        if (!isGradeWords(c.strip()) || Grade.parse(c).isEmpty()) return false;
        grades++;
      }
      if (grades < 2) return false;
      if (marks.shape() == Shape.CHECK_MARK && isTick(marks.text())) {
        ticked = null; // the mark's column is lost
      } else if (marks.shape() == Shape.TABLE_ROW) {
        String[] under = marks.text().split("\t", -1);
        if (under.length != cells.size()) return false;
        int at = -1;
        for (int c = 0; c < under.length; c++) {
          String m = under[c].strip();
          if (m.isEmpty() || isBox(m.charAt(0)) && m.length() == 1) continue;
          if (!isTick(m) || at >= 0) return false;
          at = c;
        }
        if (at < 0) return false;
        ticked = Grade.parse(cells.get(at)).orElse(null);
      } else {
        return false;
      }
    }
    lines.set(next, new Line(Shape.BLANK, "", null, 0, marks.page()));
    lines.set(i, ticked == null ? new Line(Shape.BLANK, "", null, 0, row.page())
        : new Line(Shape.TICKED_GRADE, ticked.label(), null, 0, row.page()));
    return true;
  }
}
