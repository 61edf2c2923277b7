package findings.ingest;

import findings.model.Grade;
import findings.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns runs of tab-separated rows into paragraphs: strength/weakness columns, or one paragraph per table. */
final class Tables {
  private static final Pattern SCORE_ROW = Pattern.compile("^[^\\t]{2,90}\\t[1-4](\\t.*)?$");

  private Tables() {}

  /** Grades tables and grade scales carry judgements, which the grade resolver reads; they are not text. */
  static boolean isGradeTableOrLegend(List<Line> rows) {
    int scored = 0;
    for (Line r : rows) {
      String[] cells = r.text().split("\t");
      if (Grade.parse(cells[0]).isPresent() && cells.length <= 2) scored++;
      else if (SCORE_ROW.matcher(r.text()).matches()) scored++;
      else if (r.text().contains("Local services overall")) scored++;
    }
    return scored * 2 > rows.size();
  }

  /** A row of grade words with a mark after one of them ("Good\tX"): the grade that is ticked, else null. */
  static Grade markedGrade(List<Line> rows) {
    for (Line r : rows) {
      String[] cells = r.text().split("\t");
      for (int c = 0; c + 1 < cells.length; c++) {
        if (Grade.parse(cells[c]).isPresent() && GradeScales.isTick(cells[c + 1].strip())) {
          return Grade.parse(cells[c]).get();
        }
      }
    }
    return null;
  }

  /** Paragraphs for a run of rows: one per strength/weakness column, or one for a whole table of data. */
  static List<ParagraphBuilder> paragraphs(List<Line> rows, List<String> path, Kind sectionKind, boolean afterHeading) {
    String[] header = rows.get(0).text().split("\t");
    List<ParagraphBuilder> out = new ArrayList<>();
    if (isKindHeader(rows.get(0))) {
      for (int c = 0; c < header.length; c++) {
        ParagraphBuilder p = new ParagraphBuilder(null, path, sectionKind, rows.get(0).page(), afterHeading);
        p.table = true;
        p.kindOverride = SectionPath.kindOf(header[c]);
        out.add(p);
      }
      appendRows(out, rows.subList(1, rows.size()));
      return out;
    }
    ParagraphBuilder p = new ParagraphBuilder(null, path, sectionKind, rows.get(0).page(), afterHeading);
    p.table = true;
    List<List<String>> table = new ArrayList<>();
    for (Line row : rows) {
      String text = row.text();
      // A line without a tab that starts in lower case under a row is the rest of that row's first cell, wrapped.
      if (text.indexOf('\t') < 0 && !table.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
        List<String> above = table.get(table.size() - 1);
        above.set(0, above.get(0) + " " + text.strip());
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : text.split("\t")) if (!cell.isBlank()) cells.add(cell.strip());
      if (!cells.isEmpty()) table.add(cells);
    }
    for (List<String> cells : table) {
      if (p.text.length() > 0) p.text.append('\n');
      p.text.append(String.join(" | ", cells));
    }
    if (p.text.length() > 0) out.add(p);
    return out;
  }

  /** "Major strengths\tImportant weaknesses": a header whose columns say what kind their items are. */
  static boolean isKindHeader(Line row) {
    return isKindHeader(row.text());
  }

  /** {@link #isKindHeader(Line)} of a row's text, as a PDF's table gives it before it is a line. */
  static boolean isKindHeader(String row) {
    String[] header = row.strip().split("\t");
    return header.length >= 2 && SectionPath.kindOf(header[0].strip()) != null && SectionPath.kindOf(header[1].strip()) != null;
  }

  /** A list's mark before an item in a cell (a bullet or a dash, then a space): not the item's text. */
  static final Pattern ITEM_MARK = Pattern.compile("^[-" + LineClassifier.LIST_MARKS + "]\\s+");

  /**
   * Adds rows to column paragraphs; a cell that starts in lower case, or without a mark among marked items, is the
   * wrapped rest of the item above it. A row with more cells than the table has columns has empty ones too many (a
   * PDF's gap taken for a column): those go, the first first, so that every cell's text lands in a column, the last
   * taking any left over.
   */
  static void appendRows(List<ParagraphBuilder> columns, List<Line> rows) {
    for (Line row : rows) {
      List<String> cells = new ArrayList<>(List.of(row.text().split("\t", -1)));
      for (int i = 0; i < cells.size() && cells.size() > columns.size(); ) {
        if (cells.get(i).isBlank()) cells.remove(i);
        else i++;
      }
      while (cells.size() > columns.size()) {
        String rest = cells.remove(cells.size() - 1).strip();
        cells.set(cells.size() - 1, cells.get(cells.size() - 1).strip() + " " + rest);
      }
      for (int c = 0; c < cells.size(); c++) {
        Matcher marked = ITEM_MARK.matcher(cells.get(c).strip());
        boolean item = marked.find();
        String cell = item ? marked.replaceFirst("") : cells.get(c).strip();
        if (cell.isEmpty()) continue;
        ParagraphBuilder p = columns.get(c);
        p.markedItems |= item;
        // Where the items are marked, a line without a mark is more of the item above it (its next sentence, on the
        // next page); else a line in lower case is.
        boolean goesOn = p.markedItems ? !item : Character.isLowerCase(cell.charAt(0));
        if (p.text.length() > 0 && goesOn) p.appendWords(cell);
        else p.appendListItem(cell, 0);
      }
    }
  }
}
