package findings.web;

import findings.model.Html;

import findings.model.Hit;
import findings.model.ReportSummary;
import java.util.List;
import java.util.Objects;

/** The whole report as a readable HTML page: metadata, graded areas, sections as headings, every paragraph anchored. */
final class ReportPage {
  private ReportPage() {}

  static String render(ReportSummary r, List<Hit> paragraphs) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape(r.title())).append(" – Findings</title>")
        .append("<link rel=\"stylesheet\" href=\"/style.css\"></head><body class=\"report-page\">")
        .append("<header class=\"top\"><a class=\"brand\" href=\"/\">Findings</a></header><main id=\"report\">")
        .append("<h1>").append(Html.escape(r.title())).append("</h1><dl class=\"meta\">");
    meta(h, "Authority", r.authority() == null ? "Unknown" : r.authority());
    meta(h, "Type", r.type());
    meta(h, "Published", r.published() == null ? "Undated" : r.published());
    if (r.reference() != null) meta(h, "Reference", r.reference());
    meta(h, "Source file", r.sourceFile());
    meta(h, "Paragraphs", String.valueOf(r.paragraphCount()));
    h.append("</dl>");
    if (!r.gradedAreas().isEmpty()) {
      h.append("<table class=\"grades\"><caption>Graded areas</caption><thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Grade</th></tr></thead><tbody>");
      for (ReportSummary.Area a : r.gradedAreas()) {
        h.append("<tr><td>").append(Html.escape(a.area())).append("</td><td>").append(badge(a.grade())).append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    h.append("<nav class=\"stepper\" aria-label=\"Step through paragraphs\">")
        .append("<button type=\"button\" id=\"prev-para\">Previous paragraph</button>")
        .append("<button type=\"button\" id=\"next-para\">Next paragraph</button></nav>");
    List<String> path = List.of();
    for (Hit p : paragraphs) {
      List<String> next = p.sectionPath() == null ? List.of() : p.sectionPath();
      for (int level = 0; level < next.size(); level++) {
        if (level >= path.size() || !Objects.equals(path.get(level), next.get(level))) {
          for (int l = level; l < next.size(); l++) {
            String tag = "h" + Math.min(2 + l, 5); // a part, a numbered section, a heading, an area judged under it
            h.append('<').append(tag).append('>').append(Html.escape(next.get(l))).append("</").append(tag).append('>');
          }
          break;
        }
      }
      path = next;
      paragraph(h, p);
    }
    h.append("</main><script src=\"/report.js\"></script></body></html>");
    return h.toString();
  }

  private static void paragraph(StringBuilder h, Hit p) {
    h.append("<article class=\"para\" id=\"p").append(Html.escape(p.number())).append("\" data-id=\"").append(Html.escape(p.id()))
        .append("\" data-citation=\"").append(Html.escape(p.citation())).append("\" tabindex=\"-1\">")
        .append("<div class=\"para-head\"><a class=\"num\" href=\"#p").append(Html.escape(p.number()))
        .append("\" title=\"Link to this paragraph\">").append(Html.escape(p.number())).append("</a>")
        .append("<span class=\"kind\">").append(Html.escape(p.kind())).append("</span>");
    if (p.grade() != null) h.append(badge(p.grade()));
    if (p.page() != null) h.append("<span class=\"page\">page ").append(p.page()).append("</span>");
    h.append("<button type=\"button\" class=\"copy-cite\">Copy citation</button></div>");
    body(h, p.text());
    if (p.footnotes() != null && !p.footnotes().isEmpty()) {
      h.append("<ol class=\"footnotes\">");
      for (String f : p.footnotes()) h.append("<li>").append(Html.escape(f)).append("</li>");
      h.append("</ol>");
    }
    h.append("</article>");
  }

  /** Paragraph text: lines starting "- " become a list; other lines paragraphs of their own. */
  static void body(StringBuilder h, String text) {
    boolean inList = false;
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.startsWith("- ")) {
        if (!inList) h.append("<ul>");
        inList = true;
        h.append("<li>").append(Html.escape(t.substring(2))).append("</li>");
      } else {
        if (inList) h.append("</ul>");
        inList = false;
        h.append("<p>").append(Html.escape(t)).append("</p>");
      }
    }
    if (inList) h.append("</ul>");
  }

  static String badge(String grade) {
    if (grade == null) return "<span class=\"badge none\">Not graded</span>";
    String cls = grade.toLowerCase().replace(' ', '-');
    return "<span class=\"badge " + cls + "\">" + Html.escape(grade) + "</span>";
  }

  private static void meta(StringBuilder h, String name, String value) {
    h.append("<dt>").append(name).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
  }
}
