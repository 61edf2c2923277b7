package findings.ingest;

import findings.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headings the parser is under. Three levels are enough for these reports' headings: a part (PART B, Annex A, Main
 * report), a numbered section ("11. Children looked after", a self-assessment's or a committee paper's) and the heading
 * inside either; an area judged in a row of its own under a heading is a fourth ({@link #subHeading}). A numbered
 * section stands inside the part before it, until the next part. Headings that only say what the following
 * paragraphs are (Strengths, Areas for development, For immediate action) change the kind, not the section.
 */
final class SectionPath {
  private static final Pattern PART = Pattern.compile(
      "(?i)^(part\\s+[a-z0-9]+\\b.*|annex\\b.*|appendix\\b.*|appendices|main report|summary report|"
          + "inspection findings|other issues identified.*"
          // The single inspection framework's review of the local safeguarding children board, the report's last part,
          // has its own executive summary, recommendations and findings under it.
          + "|review of the effectiveness of the (?:local )?safeguarding children board.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\.\\s+.*$");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)^(summary|major strengths|strengths|key strengths|important weaknesses|weaknesses|areas? for (development|improvement)"
          + "|for immediate action|for action (over|in) .*|recommendations? for improvement|what needs to improve.*)$");

  private String part;
  /** A numbered section, inside the part if there is one. */
  private String top;
  private String inner;
  /** A judged area set as a table row under the heading ("Capacity for improvement\tGrade 2"), until the next heading. */
  private String sub;
  private Kind kind;
  private Kind partKind;
  private Kind topKind;

  /** Whether a heading opens a part of the report (a numbered section, an annex), under which other headings stand. */
  static boolean isTopLevel(String heading) {
    String h = heading.strip();
    return PART.matcher(h).matches() || NUMBERED.matcher(h).matches();
  }

  /**
   * Whether a heading names what the paragraphs under it are ("Strengths", "Areas for development",
   * "Recommendations") rather than what they are about: it sets their kind and keeps the section it stands in.
   */
  static boolean isKindLabel(String heading) {
    String h = heading.strip();
    return ROLE.matcher(h).matches() && kindOf(h) != null;
  }

  /** Whether a heading opens a part (PART B, Annex A), which holds the numbered sections after it. */
  static boolean isPart(String heading) {
    return PART.matcher(heading.strip()).matches();
  }

  void heading(String heading) {
    String h = heading.strip();
    sub = null;
    if (ROLE.matcher(h).matches()) {
      Kind k = kindOf(h);
      // "Summary" under a part keeps the part's section; as a top heading (committee reports) it is a section.
      if (part == null && top == null && inner == null) {
        inner = h;
      }
      kind = k != null ? k : topKind;
      if (h.toLowerCase(Locale.ROOT).startsWith("recommendations")) {
        inner = h;
      }
      return;
    }
    if (PART.matcher(h).matches()) {
      part = h;
      top = null;
      inner = null;
      partKind = kindOf(h);
      topKind = partKind;
      kind = topKind;
      return;
    }
    if (NUMBERED.matcher(h).matches()) {
      top = h;
      inner = null;
      Kind k = kindOf(h);
      topKind = k != null ? k : partKind;
      kind = topKind;
      return;
    }
    inner = h;
    Kind k = kindOf(h);
    kind = k != null ? k : topKind;
  }

  /**
   * An area judged under the heading, which the paragraphs after it are about until the next heading (a framework that
   * grades the parts of a section: "Safeguarding services" › "Capacity for improvement"). Under no heading, a heading.
   */
  void subHeading(String area) {
    if (part == null && top == null && inner == null) {
      heading(area);
      return;
    }
    sub = area.strip();
  }

  List<String> path() {
    List<String> p = new ArrayList<>(4);
    if (part != null) p.add(part);
    if (top != null) p.add(top);
    if (inner != null) p.add(inner);
    if (sub != null) p.add(sub);
    return p;
  }

  Kind kind() {
    return kind;
  }

  /** "Areas for development", "Key areas for further development" (an annual assessment's letter). */
  private static final Pattern AREAS_FOR_DEVELOPMENT = Pattern.compile("(?:key )?areas? for (?:further )?development");
  /**
   * What an inspection report says of itself and of the area before its findings: "About this inspection", "The
   * inspection judgements and what they mean", "Service information", "Information about this local authority area",
   * "Local context"; an area SEND inspection's "Information about this inspection", "Local area partnership details"
   * and "Inspection team".
   */
  private static final Pattern ABOUT_THE_INSPECTION_OR_AREA = Pattern.compile(
      "about this (?:inspection|visit|review|local authority)|the inspection judgements and what they mean|service information$"
          + "|information about (?:this|the) (?:local authority|local area|area|inspection|visit)|local context$"
          + "|local area partnership details$|inspection team$");
  private static final Pattern PRIORITY_ACTION = Pattern.compile("(?:areas? for )?priority action");

  /** A numbered heading's number ("2.1 ", "11. "), not what the heading says. */
  private static final Pattern HEADING_NUMBER = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s*");

  /**
   * The kind of the paragraphs under a heading, or null where it says none. Asked of every table row a PDF gives (is it
   * a strengths table's header?) as well as of every heading: its pattern is compiled once.
   */
  static Kind kindOf(String heading) {
    String h = HEADING_NUMBER.matcher(heading.toLowerCase(Locale.ROOT)).replaceFirst("");
    if (h.contains("weakness") || AREAS_FOR_DEVELOPMENT.matcher(h).lookingAt()
        || h.startsWith("areas for improvement") || h.contains("need to improve") || h.contains("risks for the future")
        || h.contains("need to do better") || h.contains("needs to do better")) {
      return Kind.WEAKNESS;
    }
    // An area SEND inspection's "What is the area partnership doing that is effective?".
    if (h.contains("strength") || h.contains("proud of") || h.contains("doing that is effective")) return Kind.STRENGTH;
    // "Areas for priority action": what a visit's letter requires of leaders where children are not safe enough.
    if (h.startsWith("recommendation") || h.startsWith("for immediate action") || h.startsWith("for action")
        || h.startsWith("what needs to improve") || PRIORITY_ACTION.matcher(h).lookingAt()) {
      return Kind.RECOMMENDATION;
    }
    if (h.equals("grades") || h.startsWith("judgement") || h.startsWith("overall effectiveness") || h.equals("inspection outcome")) {
      return Kind.JUDGEMENT;
    }
    if (h.equals("introduction") || h.equals("context") || h.equals("background") || h.contains("contextual information")
        || ABOUT_THE_INSPECTION_OR_AREA.matcher(h).lookingAt()
        || h.startsWith("about the local area") || h.equals("key personnel") || h.equals("key documents")
        || h.startsWith("appendi") || h.startsWith("corporate & strategic")
        || h.startsWith("corporate and strategic")) {
      return Kind.CONTEXT;
    }
    return null;
  }
}
