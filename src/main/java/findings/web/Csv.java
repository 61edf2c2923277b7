package findings.web;

import java.util.List;

/** RFC 4180 rows; cells that a spreadsheet would run as formulas are defused with a leading apostrophe. */
final class Csv {
  private Csv() {}

  static String row(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) b.append(',');
      String c = cells.get(i) == null ? "" : cells.get(i);
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d.*")) c = "'" + c;
      b.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
    return b.append("\r\n").toString();
  }
}
