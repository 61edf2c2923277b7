package findings.ingest;

import findings.ingest.Line.Shape;
import findings.model.Gazetteer;
import findings.model.ReportType;
import findings.model.Slugs;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a report's authority, type, date, reference and title from its opening lines. */
final class MetadataReader {
  private static final int HEAD_LINES = 80;
  private static final Pattern DATE = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+((?:19|20)\\d\\d)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter D_MMMM_YYYY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Pattern REFERENCE = Pattern.compile("(?i)reference\\s+(?:no|number)\\.?:?\\s*([A-Z0-9/-]+)");
  private static final Pattern PERIOD = Pattern.compile("\\b(20\\d\\d)\\s*/\\s*(\\d\\d)\\b");
  /** A single inspection framework's report of a council inspected again after an inadequate judgement. */
  private static final Pattern REINSPECTION = Pattern.compile("(?i)\\bre-?\\s?inspection of services for children");

  /** "November 2016", "Nov. 2016": a month and year with no day, as a council's cover may date a document. */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]{0,6})\\.?\\s+((?:19|20)\\d\\d)\\b");
  /** How many of the opening lines a cover's month and year may stand in, and how long a cover's line is. */
  private static final int COVER_LINES = 20;
  private static final int COVER_LINE_LENGTH = 60;
  /** As long as a line holding a date and nothing else can be ("Wednesday 28 September 2019"). */
  private static final int DATE_ALONE = 30;

  /**
   * @param year the year of {@code published}; where no day is printed, the year of a month on the cover ("November
   *     2016"), so that the report still has a year to be filtered by; else null
   */
  record Metadata(ReportType type, String authority, String authorityCode, LocalDate published, Integer year,
      String reference, String title, String reportId, List<String> formerReportIds, List<String> warnings) {}

  private final Gazetteer gazetteer;

  MetadataReader(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Metadata read(List<Line> lines, String sourceFile) {
    List<String> head = new ArrayList<>();
    BitSet blockStarts = new BitSet(); // the lines of head with a blank line above them
    List<String> block = new ArrayList<>();
    for (int i = 0; i <= lines.size() && head.size() < HEAD_LINES; i++) {
      Line l = i < lines.size() ? lines.get(i) : null;
      if (l != null && l.shape() != Shape.BLANK) {
        block.add(l.text());
        continue;
      }
      // Ofsted's letters open with its own address ("Piccadilly Gate, Store Street, Manchester"): not the authority
      // the letter is about, nor its title. The letter's date may follow it with no blank line between (a PDF sets
      // the address beside the date's column): that is kept.
      if (block.stream().noneMatch(MetadataReader::isOfstedAddress)) {
        blockStarts.set(head.size());
        head.addAll(block);
      } else {
        for (String t : block) if (t.strip().length() <= DATE_ALONE && firstDate(t) != null) head.add(t);
      }
      block.clear();
    }
    if (head.size() > HEAD_LINES) head = head.subList(0, HEAD_LINES);
    String headText = String.join("\n", head);
    List<String> warnings = new ArrayList<>();

    ReportType type = type(head);
    Optional<Gazetteer.Authority> authority = authority(head);
    if (authority.isEmpty()) warnings.add("no recognisable authority: indexed as unknown");
    LocalDate published = date(head, type);
    Integer year = published != null ? Integer.valueOf(published.getYear()) : coverYear(head);
    if (published == null) {
      warnings.add("no publication date found: indexed as undated" + (year == null ? "" : ", in " + year + " (a month on its cover)"));
    }
    String reference = reference(head);
    String authorityName = authority.map(Gazetteer.Authority::name).orElse(null);
    String title = inSentenceCase(title(head, blockStarts, type, authorityName, headText), authorityName);

    String id = reportId(authorityName, type, published);
    List<String> formerIds = type.typedOtherBefore() ? List.of(reportId(authorityName, ReportType.OTHER, published)) : List.of();
    return new Metadata(type, authorityName, authority.map(Gazetteer.Authority::code).orElse(null), published, year,
        reference, title, id, formerIds, warnings);
  }

  /** The readable id: authority, type and date ("havering-monitoring-visit-2020-03-12"). */
  private static String reportId(String authorityName, ReportType type, LocalDate published) {
    return Slugs.slug((authorityName == null ? "unknown-authority" : authorityName) + " " + type.slug() + " "
        + (published == null ? "undated" : published.toString()));
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /**
   * The addresses of Ofsted's offices, as its letters print them at the top (Alexandra House on the APA letters), in
   * lower case. Looked for with {@code contains}: as one case-blind regular expression, tried at every place of every
   * line of every cover, it was a fifth of parsing a report.
   */
  private static final List<String> OFSTED_ADDRESS = List.of("piccadilly gate", "store street", "cumberland place",
      "aviation house", "clive house", "petty france", "alexandra house", "33 kingsway", "@ofsted.gov.uk", "0300 123 1231",
      "08456 404040");

  /** As long as a line of Ofsted's address block can be, with a column beside it ("Ofsted\tPiccadilly Gate"). */
  private static final int ADDRESS_LINE = 120;

  private static boolean isOfstedAddress(String line) {
    if (line.length() > ADDRESS_LINE) return false; // prose, which may give the address: not the block at the top
    String l = line.toLowerCase(Locale.ROOT);
    for (String part : OFSTED_ADDRESS) if (l.contains(part)) return true;
    return false;
  }

  /** "Inspection of Havering children's services", "Inspection of children's social care services" (since 2018). */
  private static final Pattern CHILDRENS_SERVICES_INSPECTION =
      Pattern.compile("\\binspection of (?:[\\w ,-]{1,60} )?children['’]?s (?:social care )?services\\b");
  /** A phrase that names a kind of inspection in its title ({@link #type}'s cover text is in lower case). */
  private record Title(ReportType type, String phrase) {}

  /**
   * How each kind of inspection is named in its title; where two start at the same place, the first listed is taken.
   * Phrases, looked for with {@code indexOf}: a regular expression starting with {@code \b} is tried at every place
   * of the cover, and eleven of them made parsing the 100k corpus a twentieth slower.
   */
  private static final List<Title> INSPECTION_TITLES = List.of(
      new Title(ReportType.JOINT_AREA_REVIEW, "joint area review"),
      new Title(ReportType.JOINT_TARGETED_AREA_INSPECTION, "joint targeted area inspection"),
      // "Focused visit to Havering children's services", also spelt "focussed"; not "focused visits" in a list.
      new Title(ReportType.FOCUSED_VISIT, "focused visit"),
      new Title(ReportType.FOCUSED_VISIT, "focussed visit"),
      new Title(ReportType.MONITORING_VISIT, "monitoring visit"),
      // "Joint local area SEND inspection in Havering", "Joint area SEND revisit in …", "Area SEND inspection of …
      // Local Area Partnership".
      new Title(ReportType.AREA_SEND_INSPECTION, "area send inspection"),
      new Title(ReportType.AREA_SEND_INSPECTION, "area send revisit"),
      new Title(ReportType.ANNUAL_PERFORMANCE_ASSESSMENT, "annual performance assessment"),
      // "Annual children's services assessment" (2009–2011), with the apostrophe as typed or as set.
      new Title(ReportType.ANNUAL_CHILDRENS_SERVICES_ASSESSMENT, "children's services assessment"),
      new Title(ReportType.ANNUAL_CHILDRENS_SERVICES_ASSESSMENT, "children’s services assessment"),
      // "(Announced) inspection of safeguarding and looked after children services" (2009–2012).
      new Title(ReportType.SAFEGUARDING_AND_LOOKED_AFTER_CHILDREN, "inspection of safeguarding and looked after children"),
      new Title(ReportType.SAFEGUARDING_AND_LOOKED_AFTER_CHILDREN, "safeguarding and looked after children inspection"),
      // "Unannounced inspection of contact, referral and assessment arrangements within local authority children's
      // services" (2009–2012).
      new Title(ReportType.CONTACT_REFERRAL_AND_ASSESSMENT, "inspection of contact, referral and assessment"),
      new Title(ReportType.CONTACT_REFERRAL_AND_ASSESSMENT, "inspection of contact referral and assessment"),
      // "Inspection of local authority arrangements for the protection of children" (2012–2013).
      new Title(ReportType.PROTECTION_OF_CHILDREN, "arrangements for the protection of children"),
      new Title(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, "inspection of local authority children"),
      // "Barnet local authority children's services inspection", the title as the inspection's own pages word it.
      new Title(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, "local authority children's services inspection"),
      new Title(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, "local authority children’s services inspection"),
      new Title(ReportType.INSPECTION_OF_CHILDRENS_SERVICES, "ilacs"),
      new Title(ReportType.SINGLE_INSPECTION_FRAMEWORK, "single inspection"),
      new Title(ReportType.SINGLE_INSPECTION_FRAMEWORK, "children in need of help and protection"));

  /** Where {@code phrase} first stands in {@code text} as words (not inside a longer word), or -1. */
  private static int wordsAt(String text, String phrase) {
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      int end = i + phrase.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return i;
      }
    }
    return -1;
  }

  /** Where "inspection of … children's services" first stands in {@code text} ({@link #CHILDRENS_SERVICES_INSPECTION}), or -1. */
  private static int childrensServicesInspectionAt(String text) {
    Matcher m = CHILDRENS_SERVICES_INSPECTION.matcher(text);
    for (int i = text.indexOf("inspection of "); i >= 0; i = text.indexOf("inspection of ", i + 1)) {
      if (m.region(i, text.length()).lookingAt()) return i;
    }
    return -1;
  }

  /**
   * A cover's label for the paper's title: "Subject:", "Subject Heading:", "Title of report:", "Report title:", at the
   * start of a line or of a cell, where a PDF may set the end of the row above that wrapped before it ("\t2016 Subject:
   * …", the year of "08 November" over "2016").
   */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?i)(?:^|\\t)\\s*(?:\\d{1,4}\\s+)?(?:subject(?:\\s+heading)?|title(?:\\s+of\\s+report)?|report\\s+title)\\s*:\\s*");
  /**
   * What a council's cover states in the cell beside the subject ("Public", "For Decision"), where a PDF set it on the
   * subject's first line: not the subject's words when the subject goes on below.
   */
  private static final Pattern COVER_VALUE =
      Pattern.compile("\\s+(?:Public|Non-[Pp]ublic|For [Ii]nformation|For [Dd]ecision|For [Dd]iscussion|For [Nn]oting)$");
  private static final Pattern VISIT_OR_INSPECTION = Pattern.compile("(?i)^(?:[\\w’' -]{0,40}\\s)?(?:visit|inspection|review|assessment)\\s+(?:to|of)\\b");
  private static final Pattern ABOUT_AN_INSPECTION = Pattern.compile("(?i)\\b(?:ofsted|inspection|joint area review|self[- ]assessment)\\b");
  /**
   * The cover block of a council's committee paper, each at the start of a line: "Report to: Cabinet", "Report of the
   * Director of Children's Services", "Report by …" over "To: … Committee", "Meeting: …", "Wards affected", "Key
   * decision", "Lead councillor". An inspection report's own cover has none of these ("Report published" is not
   * "Report to", "of" or "by").
   */
  private static final Pattern COMMITTEE_COVER = Pattern.compile(
      "(?i)^\\s*(?:report\\s+(?:to|of|by)\\b|(?:date\\s+of\\s+)?meeting\\s*[:\\t]|agenda\\s+item\\b|wards?\\s+affected\\b"
          + "|key\\s+decision\\b|decision[-\\s]maker\\b|portfolio\\s+holder\\b|cabinet\\s+member\\b|lead\\s+(?:councillor|member)\\b"
          + "|to\\s*:.*\\b(?:committee|cabinet|board|panel)\\b)");

  private static ReportType type(List<String> head) {
    // One space for every run of spaces and line ends: a long title is set on two or three lines, and the framework's
    // own words ("children in need of help and | protection") stand across the break.
    // Titles, labels and cover lines, not the prose of a letter that opens at once ("… services for children in need
    // of help and protection …" in a monitoring visit's first paragraph is not the framework's title).
    List<String> cover = head.subList(0, Math.min(head.size(), 25)).stream().filter(line -> !isSentence(line)).toList();
    String first = WHITESPACE.matcher(String.join(" ", cover).toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (cover.stream().anyMatch(MetadataReader::namesSelfAssessment)) return ReportType.SELF_ASSESSMENT;
    if (first.contains("committee(s)") || first.contains("report of:") || first.matches("(?s).*\\bcommittee\\b.*\\bdated\\b.*")
        || head.stream().limit(25).anyMatch(line -> COMMITTEE_COVER.matcher(line).find())) {
      return ReportType.COMMITTEE_REPORT;
    }
    // The title names the kind of inspection before any line of prose does: a visit's letter names the framework it
    // was made under ("… under the inspection of local authority children's services framework"), and prose broken
    // over lines is not all sentences here. So the kind named first is the report's.
    ReportType earliest = ReportType.OTHER;
    int at = Integer.MAX_VALUE;
    for (Title title : INSPECTION_TITLES) {
      int i = wordsAt(first, title.phrase());
      if (i >= 0 && i < at) {
        at = i;
        earliest = title.type();
      }
    }
    int i = childrensServicesInspectionAt(first);
    return i >= 0 && i < at ? ReportType.INSPECTION_OF_CHILDRENS_SERVICES : earliest;
  }

  /** The first authority named in the opening lines is the report's subject; later ones are neighbours and partners. */
  private Optional<Gazetteer.Authority> authority(List<String> head) {
    for (String line : head) {
      String t = line.replaceFirst("(?i)^local authority:\\s*", "");
      Optional<Gazetteer.Authority> a = gazetteer.first(t);
      if (a.isPresent()) return a;
    }
    return Optional.empty();
  }

  /** "Date:", "Date of meeting:", "Meeting date:", "Meeting: Cabinet, 14 November 2017": a committee paper's date. */
  private static final Pattern MEETING_DATE = Pattern.compile(
      "(?i)^\\s*(?:date(?:\\s+of\\s+(?:the\\s+)?(?:meeting|report|decision))?|meeting(?:\\s+date)?)\\s*[:\\t]");

  private static LocalDate date(List<String> head, ReportType type) {
    // A committee paper is dated by its meeting, not by the inspection report it is about ("published on 20 October").
    if (type == ReportType.COMMITTEE_REPORT) {
      for (String line : head) {
        LocalDate d = MEETING_DATE.matcher(line).find() ? firstDate(line) : null;
        if (d != null) return d;
      }
    }
    // The date next to "Published" (or "Dated:" on committee papers) wins over any other date on the cover.
    for (int i = 0; i < head.size(); i++) {
      String l = head.get(i).toLowerCase(Locale.ROOT);
      if (l.contains("published") || l.contains("dated:") || l.startsWith("date of publication")) {
        for (int j = i; j < Math.min(head.size(), i + 3); j++) {
          LocalDate d = firstDate(head.get(j));
          if (d != null) return d;
        }
      }
    }
    for (String line : head) {
      LocalDate d = firstDate(line);
      if (d != null) return d;
    }
    return null;
  }

  /**
   * The year of a month printed on the cover without a day: on one of its first lines, a short one that is not a
   * sentence ("November 2016", "Updated: March 2017"), not a month that the text mentions ("In March 2015 the
   * council …"). The id stays undated: a month is not the day the id's date is.
   */
  private static Integer coverYear(List<String> head) {
    for (String line : head.subList(0, Math.min(head.size(), COVER_LINES))) {
      String t = line.strip();
      if (t.length() > COVER_LINE_LENGTH || t.endsWith(".")) continue;
      Matcher m = MONTH_YEAR.matcher(t);
      if (m.find()) return Integer.valueOf(m.group(1));
    }
    return null;
  }

  /**
   * "10/01/2012", "10.01.2012": a date in figures, day first as British covers print it, after the label that says
   * what date it is ("Inspection date\t10/01/2012", "Date: 14/10/2016", "Published 3.2.2009"); not a year and its next
   * ("2016/17"), nor a reference ("SC048123"), nor a date in a cover's table that is not the report's ("Lead Member\t…
   * Elected 8/05/2015").
   */
  private static final Pattern DATE_IN_FIGURES =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d/.]\\d)");
  /**
   * The label before a date in figures, in the few characters before it; not another inspection's ("Date of last
   * inspection\t04/06/2009", "Previous inspection date").
   */
  private static final Pattern FIGURES_LABEL =
      Pattern.compile("(?i)^(?!.*\\b(?:last|previous|next)\\b).*\\b(?:date[ds]?|published|issued)\\b\\D{0,20}$");
  private static final int FIGURES_LABEL_REACH = 30;

  /** The first date a line gives, in words ("14 October 2016") or in figures ("14/10/2016"), or null. */
  static LocalDate firstDate(String text) {
    LocalDate inWords = null;
    int wordsAt = -1;
    Matcher m = DATE.matcher(text);
    while (m.find() && inWords == null) {
      String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
      try {
        inWords = LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), D_MMMM_YYYY);
        wordsAt = m.start();
      } catch (DateTimeParseException e) {
        // "31 February": not a date; look for the next one
      }
    }
    // Asked of every line of a cover: the pattern only where the line has a slash or a full stop between figures.
    if (!hasFigureSeparator(text)) return inWords;
    Matcher f = DATE_IN_FIGURES.matcher(text);
    while (f.find() && (inWords == null || f.start() < wordsAt)) {
      // The label is looked for only before a date so found: as one pattern with the date, its words were tried at
      // every place of every cover line with figures in it, as a paper's numbered paragraphs ("3.2 …") have.
      if (!FIGURES_LABEL.matcher(text.substring(Math.max(0, f.start() - FIGURES_LABEL_REACH), f.start())).find()) continue;
      try {
        return LocalDate.of(Integer.parseInt(f.group(4)), Integer.parseInt(f.group(3)), Integer.parseInt(f.group(1)));
      } catch (DateTimeException e) {
        // "31/02/2012", or month first ("12/31/2012"): not a British date; look for the next one
      }
    }
    return inWords;
  }

  private static boolean hasFigureSeparator(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '/' || c == '.') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) return true;
    }
    return false;
  }

  private static String reference(List<String> head) {
    for (int i = 0; i < head.size(); i++) {
      Matcher m = REFERENCE.matcher(head.get(i));
      if (m.find()) return m.group(1);
      // A cover table: "Audience\tPublished\tReference no." over "All\t6 February 2007\t311".
      String[] cells = head.get(i).split("\t");
      for (int c = 0; c < cells.length; c++) {
        if (cells[c].toLowerCase(Locale.ROOT).startsWith("reference no") && i + 1 < head.size()) {
          String[] below = head.get(i + 1).split("\t");
          if (c < below.length && below[c].strip().matches("[A-Z0-9/-]+")) return below[c].strip();
        }
      }
    }
    return null;
  }

  private static String title(List<String> head, BitSet blockStarts, ReportType type, String authority, String headText) {
    String who = authority == null ? "unknown authority" : authority;
    for (int i = 0; i < head.size(); i++) {
      Matcher subject = SUBJECT.matcher(head.get(i));
      if (!subject.find()) continue;
      // A cover's cell wraps a long subject: in a PDF the rest of it comes on lines of their own, before the cover's
      // next row ("Report of:\t…") or label ("Report author: …").
      StringBuilder title = new StringBuilder(head.get(i).substring(subject.end()).split("\t")[0].strip());
      for (int k = i + 1; k < head.size() && k <= i + 3; k++) {
        String more = head.get(k).strip();
        if (blockStarts.get(k) || more.isEmpty() || more.length() > 120 || more.indexOf('\t') >= 0 || Character.isDigit(more.charAt(0))
            || LineClassifier.startsWithLabel(more) || title.toString().endsWith(".")) {
          break; // a row, a label, a numbered heading or a paragraph of the paper, or apart from the subject
        }
        if (k == i + 1) {
          Matcher value = COVER_VALUE.matcher(title);
          if (value.find()) title.setLength(value.start());
        }
        title.append(' ').append(more);
      }
      return title.toString();
    }
    return switch (type) {
      case JOINT_AREA_REVIEW -> "Joint area review of services for children and young people: " + who;
      case SELF_ASSESSMENT -> {
        Matcher p = PERIOD.matcher(headText);
        yield "Children's services self-assessment" + (p.find() ? " " + p.group(1) + "/" + p.group(2) : "") + ": " + who;
      }
      case SINGLE_INSPECTION_FRAMEWORK -> (REINSPECTION.matcher(headText).find() ? "Re-inspection" : "Inspection")
          + " of services for children in need of help and protection, children looked after and care leavers: " + who;
      case INSPECTION_OF_CHILDRENS_SERVICES -> "Inspection of local authority children's services: " + who;
      case COMMITTEE_REPORT -> {
        // Without a "Subject:" line, the paper's title is the first line of its cover that names what it is about; the
        // council's name and the meeting come before it. A sentence of the paper's text about the inspection is not it.
        for (String line : head.subList(0, Math.min(head.size(), 12))) {
          String cell = line.split("\t")[0].strip();
          if (ABOUT_AN_INSPECTION.matcher(cell).find() && !COMMITTEE_COVER.matcher(cell).find() && !isSentence(cell)
              && cell.length() <= 200) {
            yield cell;
          }
        }
        yield firstLine(head);
      }
      default -> {
        // A letter is titled by its subject line, under its salutation ("Dear Ms Brown"), which may wrap onto a second
        // line; failing that, by the first line naming a visit or an inspection, after the addresses and the date.
        String subject = subjectUnderSalutation(head);
        if (subject != null) yield subject;
        for (String line : head.subList(0, Math.min(head.size(), 30))) {
          if (!isSentence(line) && VISIT_OR_INSPECTION.matcher(line).find()) yield line.split("\t")[0].strip();
        }
        yield firstLine(head);
      }
    };
  }

  /**
   * A council's own account of its services names itself so in its title: "Children's Services Self-Assessment
   * 2017/18", "Self-evaluation of social work practice", "Annual self-evaluation 2023" (the inspections since 2018 ask
   * for a yearly self-evaluation). A short line, then, where the words are a title's and no one's: a visit's letter
   * speaks of "the local authority's self-evaluation", in prose that a PDF cuts into lines.
   */
  private static boolean namesSelfAssessment(String line) {
    String t = line.strip();
    if (t.length() > SELF_ASSESSMENT_TITLE) return false;
    Matcher m = SELF_ASSESSMENT.matcher(t);
    if (!m.find()) return false;
    // A title's words open it, close it but for its year, or say what it is for or of: "Self-evaluation of …",
    // "… Self-Assessment 2017/18", "Children's services self-assessment for the annual performance assessment".
    String after = t.substring(m.end());
    boolean titled = t.substring(0, m.start()).strip().split("\\s+").length <= 1 || TITLE_YEAR.matcher(after).matches()
        || TITLE_GOES_ON.matcher(after).lookingAt();
    return titled && !OWNED_SELF_ASSESSMENT.matcher(t).find();
  }

  private static final int SELF_ASSESSMENT_TITLE = 80;
  private static final Pattern TITLE_GOES_ON = Pattern.compile("(?i)\\s+(?:for|of)\\s");
  /** What may follow a title's last word: nothing, or its year ("2017/18", "2023-24", "(April 2024)"). */
  private static final Pattern TITLE_YEAR = Pattern.compile("[\\s:–—-]*(?:\\(?(?:\\p{L}+\\s+)?\\d{4}(?:\\s*[/–—-]\\s*\\d{2,4})?\\)?)?\\s*");
  private static final Pattern SELF_ASSESSMENT = Pattern.compile("(?i)\\bself[- ](?:assessment|evaluation)\\b");
  private static final Pattern OWNED_SELF_ASSESSMENT =
      Pattern.compile("(?i)\\b(?:the|its|their|[\\w-]+['’]s)\\s+self[- ](?:assessment|evaluation)\\b");

  /**
   * A sentence of prose rather than a title or a label: long, or ending with a full stop. (Where the body starts is
   * another question: {@link BodyLocator} looks for a paragraph long enough.)
   */
  private static boolean isSentence(String line) {
    String t = line.strip();
    return t.length() > 200 || t.endsWith(".");
  }

  /**
   * A title printed in capitals ("OFSTED INSPECTION OF READING'S LOCAL AUTHORITY CHILDREN'S SERVICES") in sentence
   * case, as headings are, with the names it holds kept: Ofsted's, the report's authority's and every other authority
   * it names (spelt as the gazetteer does), besides those {@link LineClassifier#headingCase} keeps.
   */
  private String inSentenceCase(String title, String authority) {
    String cased = LineClassifier.headingCase(title);
    if (cased.equals(title)) return title;
    cased = OFSTED.matcher(cased).replaceAll("Ofsted");
    Set<String> names = new LinkedHashSet<>();
    if (authority != null) names.add(authority);
    for (Gazetteer.Mention m : gazetteer.mentions(cased)) names.add(m.authority().name());
    for (String name : names) {
      cased = Pattern.compile("(?i)\\b" + Pattern.quote(name) + "\\b").matcher(cased).replaceAll(Matcher.quoteReplacement(name));
    }
    return cased;
  }

  private static final Pattern OFSTED = Pattern.compile("(?i)\\bofsted\\b");

  /**
   * A letter's subject line, the line under its salutation, or null. Where it wrapped, the parser has made it one line
   * before the metadata is read ({@link BodyLocator#isSubjectLine} says what one is).
   */
  private static String subjectUnderSalutation(List<String> head) {
    for (int i = 0; i + 1 < head.size() && i < 40; i++) {
      if (!BodyLocator.isSalutation(head.get(i))) continue;
      String subject = head.get(i + 1).strip();
      return BodyLocator.isSubjectLine(subject) ? subject : null;
    }
    return null;
  }

  private static String firstLine(List<String> head) {
    return head.isEmpty() ? "Untitled report" : head.get(0).split("\t")[0].strip();
  }
}
