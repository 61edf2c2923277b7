package findings.ingest;

import findings.model.Grade;
import findings.model.Kind;
import java.util.ArrayList;
import java.util.List;
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

  static List<ParagraphBuilder> paragraphs(List<Line> rows, List<String> path, Kind sectionKind, boolean afterHeading) {
    String[] header = rows.get(0).text().split("\t");
    List<ParagraphBuilder> out = new ArrayList<>();
    boolean kindColumns = header.length >= 2 && SectionPath.kindOf(header[0]) != null && SectionPath.kindOf(header[1]) != null;
    if (kindColumns && rows.size() == 1) return out; // a header whose columns the cells below it (HTML) take
    if (kindColumns) {
      for (int c = 0; c < header.length; c++) {
        ParagraphBuilder p = new ParagraphBuilder(null, path, sectionKind, rows.get(0).page(), afterHeading);
        p.table = true;
        p.kindOverride = SectionPath.kindOf(header[c]);
        StringBuilder item = new StringBuilder();
        for (Line row : rows.subList(1, rows.size())) {
          String[] cells = row.text().split("\t", -1);
          String cell = c < cells.length ? cells[c].strip() : "";
          if (cell.isEmpty()) continue;
          // A cell that starts in lower case is the wrapped rest of the item above it.
          boolean continues = item.length() > 0 && Character.isLowerCase(cell.charAt(0));
          if (continues) {
            item.append(' ').append(cell);
          } else {
            if (item.length() > 0) p.appendListItem(item.toString(), 0);
            item.setLength(0);
            item.append(cell);
          }
        }
        if (item.length() > 0) p.appendListItem(item.toString(), 0);
        if (p.text.length() > 0) out.add(p);
      }
      return out;
    }
    ParagraphBuilder p = new ParagraphBuilder(null, path, sectionKind, rows.get(0).page(), afterHeading);
    p.table = true;
    for (Line row : rows) {
      List<String> cells = new ArrayList<>();
      for (String cell : row.text().split("\t")) if (!cell.isBlank()) cells.add(cell.strip());
      if (cells.isEmpty()) continue;
      if (p.text.length() > 0) p.text.append('\n');
      p.text.append(String.join(" | ", cells));
    }
    if (p.text.length() > 0) out.add(p);
    return out;
  }
}
