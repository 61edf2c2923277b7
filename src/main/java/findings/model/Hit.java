package findings.model;

import java.util.List;

/** One paragraph in a result list, with its report, labels, highlighted snippet and citation. */
public record Hit(
    String id,
    String number,
    ReportRef report,
    String section,
    List<String> sectionPath,
    String grade,
    String kind,
    String theme,
    Integer page,
    String text,
    List<String> footnotes,
    String snippet,
    String citation,
    String url) {

  public Hit withSnippet(String html) {
    return new Hit(id, number, report, section, sectionPath, grade, kind, theme, page, text, footnotes, html, citation, url);
  }
}
