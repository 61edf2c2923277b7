package findings.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the items out of table cells that extraction left as HTML fragments ({@code <p>…</p> <p>…</p>}). */
final class HtmlCells {
  private static final Pattern PARAGRAPH = Pattern.compile("(?is)<p\\b[^>]*>(.*?)</p>");

  private HtmlCells() {}

  static List<String> items(String cell) {
    List<String> items = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(cell);
    boolean any = false;
    while (m.find()) {
      any = true;
      add(items, m.group(1));
    }
    if (!any) add(items, cell);
    return items;
  }

  private static void add(List<String> items, String html) {
    String text = unescape(html.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) items.add(text);
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&nbsp;", " ").replace("&amp;", "&");
  }
}
