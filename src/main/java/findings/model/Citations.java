package findings.model;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Builds the human citation of a paragraph, in the form the contract shows. */
final class Citations {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Citations() {}

  static String cite(Report r, Paragraph p) {
    StringBuilder s = new StringBuilder();
    s.append(r.type().label()).append(": ").append(r.authority() == null ? r.title() : r.authority());
    String publisher = switch (r.type()) {
      case COMMITTEE_REPORT, SELF_ASSESSMENT, OTHER -> r.authority() == null ? null : r.authority();
      // Published by both inspectorates, each letter and report signed by each.
      case AREA_SEND_INSPECTION -> "Ofsted and the Care Quality Commission";
      default -> "Ofsted";
    };
    s.append(" (");
    if (publisher != null) s.append(publisher).append(", ");
    s.append(r.published() == null ? "undated" : "published " + LONG_DATE.format(r.published()));
    s.append(")");
    // A label Findings made ("u5") is no number a reader finds printed: the section, and the page where there are
    // pages, lead to the paragraph instead (the label stays, as the permalink's).
    if (!p.printed() && p.section() != null) s.append(", section \u201c").append(p.section()).append('\u201d');
    if (!p.printed() && p.page() != null) s.append(", page ").append(p.page());
    s.append(", paragraph ").append(p.number());
    return s.toString();
  }
}
