package findings.ingest;

import findings.ingest.Line.Shape;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.ReportType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a report judges and how: a grades table (joint area reviews score 1–4), a ticked checkbox under a
 * section heading, or only a sentence ("… is 'Good'", "inspectors found … to be 'Outstanding'"). Then gives each
 * paragraph the grade of the area its section belongs to.
 */
final class GradeResolver {
  private static final String GRADE = "(outstanding|good|requires improvement|inadequate|adequate)";
  /** The grade words as tables and headings print them, with the later frameworks' "requires improvement to be good". */
  static final String PRINTED_GRADE = "outstanding|good|requires improvement(?: to be good)?|inadequate|adequate";
  /** The area a report's overall judgement grades. */
  private static final String OVERALL_AREA = "Overall effectiveness";
  private static final Pattern LEGEND = Pattern.compile("(?i)^\\s*4\\s*[:=]\\s*outstanding");
  /** "Enjoying and achieving\t4": the first score in the row is the local services overall column. */
  private static final Pattern SCORE_ROW = Pattern.compile("^([^\\t]{2,90})\\t+([1-4])(?:\\t.*)?$");
  /** "Overall effectiveness\tRequires improvement to be good", the later frameworks' name for the grade. */
  private static final Pattern WORD_ROW = Pattern.compile(
      "(?i)^([^\\t]{3,160})\\t\\s*(" + PRINTED_GRADE + ")\\s*$");
  /**
   * "2.1 Adoption performance Good": a row of a judgements table whose cells' gap did not become a tab in extraction.
   * Only a run of such lines is read as one (a line of wrapped text seldom ends in a capitalised grade without a full
   * stop, and two in a row do not), and the grade is capitalised as tables print it.
   */
  private static final Pattern SPACED_ROW = Pattern.compile(
      "^((?:\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+)?\\p{Lu}[^\\t.]{2,158}?)\\s+(Outstanding|Good|Requires [Ii]mprovement(?: to be good)?|Inadequate|Adequate)$");
  /** The printed number of a judgements table's row ("2.", "2.1"): not part of the area's name. */
  private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+");
  private static final Pattern FOUND_TO_BE = Pattern.compile(
      "(?i)\\b(?:found|judged|judge[sd]?|considered)\\s+(?:that\\s+)?(?!to\\s)(.{3,160}?)\\s+to\\s+be\\s+['‘\"“]?" + GRADE + "\\b");
  private static final Pattern IS_QUOTED = Pattern.compile(
      "(?i)^(?:[-•]\\s*)?(?:the\\s+)?(.{3,160}?)\\s+(?:is|are|was|were)\\s+(?:judged\\s+)?(?:to\\s+be\\s+)?['‘\"“]" + GRADE + "['’\"”]");
  private static final Pattern OVERALL = Pattern.compile(
      "(?i)\\b(?:effectiveness of children's services|overall effectiveness)\\b.{0,80}?\\b(?:judged|found)\\b.{0,30}?\\bto be\\s+['‘\"“]?" + GRADE);
  /**
   * What follows the subject of a sentence that states its judgement: where ("in Havering"), then "is", "are" or "was",
   * "judged to be" or not, and the grade, quoted or not; "require improvement" is the plural's "requires improvement".
   * Group 1 is the grade.
   */
  private static final String STATED_GRADE = "(?:\\s+(?:in|of|for)\\s+[^.]{1,60}?)?\\s+(?:(?:are|is|were|was)\\s+(?:judged\\s+)?"
      + "(?:to\\s+be\\s+)?)?['‘\"“]?(outstanding|good|inadequate|adequate|requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?)\\b";
  /**
   * "Children's services in Havering require improvement to be good", as the single inspection framework's cover and
   * summary state the overall judgement.
   */
  private static final Pattern SERVICES_ARE = Pattern.compile(
      "(?i)^(?:the\\s+overall\\s+judgement\\s+is\\s+that\\s+)?children['’]?s\\s+services\\b" + STATED_GRADE);
  private static final Pattern NOT_GRADED = Pattern.compile(
      "(?i)\\bno graded judgement (?:for|in|on)\\s+(?:the\\s+)?(.{3,60}?)(?:\\s+as\\b|\\s+because\\b|,|\\.|$)");
  private static final Pattern JUDGEMENT_SENTENCE = Pattern.compile(
      "(?i)^[^.]{0,300}?\\b(?:is|are|was|were|to be|as)\\s+['‘\"“]?" + GRADE + "['’\"”]?\\s*(?:\\.|$)");
  private static final Pattern JUDGEMENT_WORDING = Pattern.compile(
      "(?i)contribution of local services|contribution to improving outcomes|judged|inspectors found|experience and progress|overall|capacity to improve"
          + "|management of services|work of all local services|impact of (?:all )?local services|effectiveness");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]+");
  private static final Set<String> STOP = Set.of("and", "or", "the", "of", "for", "in", "to", "with", "a", "an", "young",
      "people", "children", "child", "who", "services", "local", "s", "their", "by", "on", "at", "is", "are");

  private final ReportType type;
  private final String authority;

  GradeResolver(ReportType type, String authority) {
    this.type = type;
    this.authority = authority;
  }

  /** "Grade 3", "Grade 3 (Adequate)", "grade 3 (good)": a judgement by its number, with its word or without. */
  private static final Pattern NUMBERED_GRADE = Pattern.compile("(?i)^grade\\s*([1-4])(?:\\s*\\(([^)]*)\\))?$");

  /** An area and its grade, the two cells of a row of their own ("Being healthy\tGrade 3", "Overall effectiveness\tGood"). */
  record GradedRow(String area, String grade) {}

  /**
   * The row as an area and its grade, by word or by number whatever the framework ({@link #cellGrade} says which
   * grade a number is), or null: two cells, the first a few words that are not a grade themselves (a scale's key,
   * "Outstanding\tGrade 4", is not an area) and not a sentence.
   */
  static GradedRow gradedRow(String row) {
    String r = row.strip();
    int tab = r.indexOf('\t');
    if (tab < 0 || r.indexOf('\t', tab + 1) >= 0) return null;
    String area = r.substring(0, tab).strip();
    String grade = r.substring(tab + 1).strip();
    boolean graded = Grade.parse(grade).isPresent() || NUMBERED_GRADE.matcher(grade).matches();
    return isAreaName(area) && graded ? new GradedRow(area, grade) : null;
  }

  /**
   * A table's first cell as an area's name: a few words in capitals, not a sentence and not a grade itself. A cell in
   * lower case is the rest of a name that wrapped, on a row of its own where the table's rows are not padded apart.
   */
  private static boolean isAreaName(String cell) {
    return !cell.isEmpty() && cell.length() <= 120 && !cell.endsWith(".") && Character.isUpperCase(cell.codePointAt(0))
        && Grade.parse(cell).isEmpty();
  }

  /** A year in a column's heading: "2024 grade", "Ofsted 2019", "Judgement (March 2024)". */
  private static final Pattern HEADING_YEAR = Pattern.compile("\\b(?:19[89]\\d|20\\d\\d)\\b");
  /** A column's heading that names this inspection's judgement ("Current grade", "New judgement"). */
  private static final Pattern THIS_INSPECTION = Pattern.compile("(?i)\\b(?:current|this|new|latest|now|present)\\b");
  /** A column's heading that names an earlier inspection's ("Previous grade", "Last inspection", "Was"). */
  private static final Pattern EARLIER_INSPECTION = Pattern.compile("(?i)\\b(?:previous|previously|last|former|prior|earlier|was)\\b");

  /** Where a table's rows hold this inspection's grade: the column, counted from the area's, and how many columns a row has. */
  record NewestColumn(int column, int width) {}

  /**
   * Where this inspection's grades stand, when {@code cells} head a table of judgements beside an earlier
   * inspection's, as councils' papers set them ("\t2024 Grade\t2019 Grade", "Judgement\tPrevious\tCurrent"): the
   * column of the latest year where every grade column's heading has a year, else the one column named as this
   * inspection's beside columns named as earlier ones. The area column's heading may be empty, and then a PDF gives no
   * cell for it. Null for any other row: a table whose columns say nothing of which inspection they are is not read by
   * column.
   */
  static NewestColumn newestColumn(String[] cells) {
    // Most rows are not such headings: a column's heading is short, and none of a table's other rows is read further.
    if (cells.length < 2) return null;
    for (int c = 1; c < cells.length; c++) if (cells[c].isBlank() || cells[c].length() > 60) return null;
    int from = cells[0].length() <= 60 && isColumnHeading(cells[0]) ? 0 : 1; // the first grade column's heading
    if (cells.length - from < 2 || Grade.parse(cells[0]).isPresent()) return null;
    int latestYear = -1, yearColumn = -1, thisColumn = -1, these = 0, earlier = 0;
    boolean everyYear = true;
    for (int c = from; c < cells.length; c++) {
      String heading = cells[c].strip();
      if (heading.isEmpty() || heading.length() > 60 || Grade.parse(heading).isPresent()) return null;
      int year = latestYear(heading);
      if (year < 0) everyYear = false;
      else if (year == latestYear) yearColumn = -1; // two columns of the same year: neither is the newer
      else if (year > latestYear) {
        latestYear = year;
        yearColumn = c;
      }
      if (EARLIER_INSPECTION.matcher(heading).find()) {
        earlier++;
      } else if (THIS_INSPECTION.matcher(heading).find()) {
        these++;
        thisColumn = c;
      }
    }
    int shift = 1 - from; // a heading row without the area's cell stands one column to the left of its rows
    if (everyYear && yearColumn >= 0) return new NewestColumn(yearColumn + shift, cells.length + shift);
    boolean named = these == 1 && earlier >= 1 && these + earlier == cells.length - from;
    return named ? new NewestColumn(thisColumn + shift, cells.length + shift) : null;
  }

  /** Whether a cell heads a column of grades by a year or by naming an inspection as this one or an earlier one. */
  private static boolean isColumnHeading(String cell) {
    return latestYear(cell) >= 0 || EARLIER_INSPECTION.matcher(cell).find() || THIS_INSPECTION.matcher(cell).find();
  }

  /** The latest year a column's heading names, or -1. */
  private static int latestYear(String heading) {
    Matcher year = HEADING_YEAR.matcher(heading);
    int latest = -1;
    while (year.find()) latest = Math.max(latest, Integer.parseInt(year.group()));
    return latest;
  }

  /**
   * The grade a table's cell states: a grade word, or a grade by its number where the word is printed beside it or the
   * report's framework says which way its numbers run (joint area reviews and annual performance assessments score 4
   * for outstanding; the inspections of 2009–2013 gave 1). Null where the cell is not a grade.
   */
  Grade cellGrade(String cell) {
    String c = cell.strip();
    Optional<Grade> word = Grade.parse(c);
    if (word.isPresent()) return word.get();
    Matcher m = NUMBERED_GRADE.matcher(c);
    if (!m.matches()) return null;
    if (m.group(2) != null) return Grade.parse(m.group(2)).orElse(null);
    return switch (type) {
      case JOINT_AREA_REVIEW, ANNUAL_PERFORMANCE_ASSESSMENT -> Grade.fromJointAreaReviewScore(Integer.parseInt(m.group(1))).orElse(null);
      default -> null;
    };
  }

  /** Every area the report judges, in the order first stated, with its grade (null where it says it did not grade). */
  List<GradedArea> areas(List<Line> lines, List<ParagraphBuilder> paragraphs, Map<String, Grade> headingGrades) {
    if (type == ReportType.SELF_ASSESSMENT) return List.of(); // a self-assessment judges nothing
    List<GradedArea> areas = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!LEGEND.matcher(lines.get(i).text()).find()) continue;
      String name = null; // the row read last, added once no line below continues its name
      Grade score = null;
      for (int j = i + 1; j < lines.size() && j < i + 30; j++) {
        Line l = lines.get(j);
        if (l.shape() == Shape.BLANK || l.shape() == Shape.HEADING && l.text().toLowerCase(Locale.ROOT).contains("overall")) continue;
        if (l.shape() != Shape.TABLE_ROW) {
          // A name that wrapped in its cell, as a PDF's table gives it: "The social care services for\t3" over
          // "children".
          if (name != null && Character.isLowerCase(l.text().codePointAt(0))) {
            name = name + " " + l.text();
            continue;
          }
          if (name != null || !areas.isEmpty()) break;
          continue;
        }
        if (name != null) add(areas, name, score);
        name = null;
        Matcher m = SCORE_ROW.matcher(l.text());
        Grade g = m.matches() ? Grade.fromJointAreaReviewScore(Integer.parseInt(m.group(2))).orElse(null) : null;
        if (g != null) {
          name = m.group(1);
          score = g;
        }
      }
      if (name != null) add(areas, name, score);
    }
    // A judgements table stands on the cover of the later frameworks' reports, before the body: every line is read.
    NewestColumn newest = null; // in a table of this inspection's judgements beside an earlier one's, where this one's stand
    for (String row : tableRows(lines)) {
      Matcher m = WORD_ROW.matcher(row);
      if (m.matches() && isAreaName(ROW_NUMBER.matcher(m.group(1).strip()).replaceFirst(""))) {
        add(areas, m.group(1), Grade.parse(m.group(2)).orElseThrow());
      }
      String[] cells = row.split("\t", -1);
      NewestColumn heading = newestColumn(cells);
      if (heading != null) {
        newest = heading;
      } else if (newest != null && cells.length == newest.width()) {
        String area = ROW_NUMBER.matcher(cells[0].strip()).replaceFirst("");
        Grade grade = cellGrade(cells[newest.column()]);
        if (grade != null && isAreaName(area)) add(areas, area, grade);
      } else {
        newest = null;
      }
    }
    spacedRows(lines, areas);
    cellPerLineRows(lines, areas);
    headingGrades.forEach((key, grade) -> {
      int cut = key.lastIndexOf('\u0000'); // a grade kept by its whole path (pathKey), or by its heading alone
      String area = key.substring(cut + 1);
      if (cut < 0 || areas.stream().noneMatch(a -> sameArea(a.area(), areaName(area)))) {
        add(areas, area, grade);
        return;
      }
      // An area graded already under another heading: this one is named with its own heading ("Services for looked
      // after children: Capacity for improvement"), an area of its own, though its words hold the other's.
      String named = key.substring(key.lastIndexOf('\u0000', cut - 1) + 1, cut) + ": " + area;
      if (areas.stream().noneMatch(a -> a.area().equals(named))) areas.add(new GradedArea(named, grade));
    });
    // The overall judgement stated on the cover, before the body's paragraphs.
    int seen = 0;
    for (Line l : lines) {
      if (l.shape() == Shape.BLANK) continue;
      if (++seen > 80) break;
      String t = l.text();
      if (t.length() > 200 || l.shape() != Shape.TEXT && l.shape() != Shape.HEADING) continue;
      String lower = t.toLowerCase(Locale.ROOT);
      Grade overall = lower.contains("services") ? servicesAre(t) : null;
      if (overall != null) add(areas, OVERALL_AREA, overall);
      Grade board = namesTheBoard(lower) ? boardIs(t) : null;
      if (board != null) add(areas, BOARD_AREA, board);
    }
    if (type == ReportType.ANNUAL_CHILDRENS_SERVICES_ASSESSMENT) {
      Grade rating = annualRating(paragraphs);
      if (rating != null) add(areas, ANNUAL_RATING_AREA, rating);
    }
    if (areas.isEmpty() || type != ReportType.JOINT_AREA_REVIEW) {
      for (ParagraphBuilder p : paragraphs) sentenceGrades(p.text.toString(), areas);
    }
    contributionGrades(paragraphs, areas, headingGrades);
    return areas;
  }

  /** "The contribution of local services to improving outcomes for … is adequate.": a judged section's opening words. */
  private static final Pattern CONTRIBUTION_IS = Pattern.compile(
      "(?i)^[^.]{0,300}?\\bcontribution\\s+(?:of\\s+(?:the\\s+)?(?:local\\s+|council's\\s+|partner\\s+)?services|made\\s+by|to\\s+improving\\s+outcomes)"
          + "[^.]{0,300}?\\s(?:is|are|was|were)\\s+(?:judged\\s+(?:to\\s+be\\s+)?)?['‘\"“]?" + GRADE + "['’\"”]?\\s*(?:\\.|$)");

  /**
   * A joint area review (and an annual performance assessment's letter) opens each judged section by its judgement:
   * "The contribution of local services to improving outcomes for children and young people at risk or requiring
   * safeguarding is adequate." The scores table on the cover grades the sections by their names; where none graded a
   * section (its table did not come out of the PDF, or the report has none), that sentence, its first, grades it. Not
   * "… to make a positive contribution is good": an outcome's name, not the judgement's wording.
   */
  private void contributionGrades(List<ParagraphBuilder> paragraphs, List<GradedArea> areas, Map<String, Grade> headingGrades) {
    List<String> previousPath = null;
    for (ParagraphBuilder p : paragraphs) {
      boolean opens = !p.sectionPath.equals(previousPath); // the section's first paragraph
      previousPath = p.sectionPath;
      if (!opens || p.sectionPath.isEmpty() || p.kindOverride != null || p.headingKind != null) continue;
      String text = p.text.toString();
      if (text.indexOf("ontribution") < 0) continue;
      Matcher m = CONTRIBUTION_IS.matcher(text);
      if (!m.find()) continue;
      String heading = p.sectionPath.get(p.sectionPath.size() - 1);
      if (gradeFor(p.sectionPath, areas, headingGrades) != null || SectionPath.kindOf(heading) != null) continue;
      add(areas, heading, Grade.parse(m.group(1)).orElseThrow());
    }
  }

  /**
   * The annual children's services assessment (2009–2012) rated a council on a scale of its own, in a row of its
   * letter ("Children's services assessment\tPerforms well (3)") and a sentence ("Children's services in Camden perform
   * well"): performs excellently, well, adequately or poorly, 4 to 1, as joint area reviews scored.
   */
  private static final String ANNUAL_RATING_AREA = "Children's services assessment";
  private static final Pattern ANNUAL_RATING =
      Pattern.compile("(?i)\\bperform(?:s|ing)?\\s+(excellently|well|adequately|poorly)\\b");

  /** Whether a paragraph opens by rating the council's children's services on the annual assessment's scale. */
  private static boolean isAnnualRating(String text) {
    int stop = text.indexOf('.');
    String opening = stop < 0 ? text : text.substring(0, stop);
    return opening.toLowerCase(Locale.ROOT).contains("services") && ANNUAL_RATING.matcher(opening).find();
  }

  /** The rating an annual children's services assessment's letter states in its opening paragraphs, or null. */
  private static Grade annualRating(List<ParagraphBuilder> paragraphs) {
    for (int i = 0; i < paragraphs.size() && i < 15; i++) {
      Matcher m = ANNUAL_RATING.matcher(paragraphs.get(i).text);
      if (!m.find()) continue;
      return switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "excellently" -> Grade.OUTSTANDING;
        case "well" -> Grade.GOOD;
        case "adequately" -> Grade.ADEQUATE;
        default -> Grade.INADEQUATE;
      };
    }
    return null;
  }

  /**
   * The rows of the tables in a report, with cells that wrapped onto more lines made whole again. A PDF's table row
   * whose cells hold two lines each comes out of extraction as two rows ("The experiences and progress of children
   * who\tRequires improvement to" over "need help and protection\tbe good"), and a cell of two lines beside a cell of
   * one as a line without a tab beside a row ("The impact of leaders on social work practice with" over "children and
   * families\tGood"). A line without a tab between rows continues the row above when it starts in lower case, and
   * starts the row below when it starts with a capital, as a name does (a heading does neither); a row continues the
   * one above when that one's last cell is not yet a grade and this one's makes it one.
   */
  static List<String> tableRows(List<Line> all) {
    // Extraction puts a blank line between rows that stand apart (a cell's padding): only the lines with text count.
    List<Line> lines = all.stream().filter(l -> l.shape() != Shape.BLANK).toList();
    List<String> rows = new ArrayList<>();
    List<String> row = null; // the cells of the row being made whole
    String before = null; // a line without a tab that opens the next row
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.shape() == Shape.TABLE_ROW) {
        List<String> cells = new ArrayList<>(List.of(l.text().split("\t", -1)));
        if (before != null) cells.set(0, before + " " + cells.get(0));
        before = null;
        if (row != null && cells.size() == row.size() && !isGrade(last(row)) && isGrade(last(row) + " " + last(cells))) {
          for (int c = 0; c < cells.size(); c++) row.set(c, (row.get(c) + " " + cells.get(c)).strip());
        } else {
          if (row != null) rows.add(String.join("\t", row));
          row = cells;
        }
        continue;
      }
      boolean between = row != null && l.shape() != Shape.HEADING
          && i + 1 < lines.size() && lines.get(i + 1).shape() == Shape.TABLE_ROW;
      if (between && Character.isLowerCase(l.text().codePointAt(0))) {
        row.set(0, row.get(0) + " " + l.text());
        continue;
      }
      if (row != null) rows.add(String.join("\t", row));
      row = null;
      boolean opens = i > 0 && lines.get(i - 1).shape() == Shape.TABLE_ROW
          && i + 1 < lines.size() && lines.get(i + 1).shape() == Shape.TABLE_ROW;
      before = opens ? l.text() : null;
    }
    if (row != null) rows.add(String.join("\t", row));
    return rows;
  }

  private static boolean isGrade(String cell) {
    return Grade.parse(cell).isPresent();
  }

  private static String last(List<String> cells) {
    return cells.get(cells.size() - 1);
  }

  /** The rows of judgements tables that lost their tabs: runs of two or more lines, blank lines between allowed. */
  private void spacedRows(List<Line> lines, List<GradedArea> areas) {
    List<Matcher> run = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      Line l = i < lines.size() ? lines.get(i) : null;
      if (l != null && l.shape() == Shape.BLANK) continue;
      Matcher m = l == null || !mayBeSpacedRow(l) ? null : SPACED_ROW.matcher(rowText(l));
      if (m != null && m.matches() && Grade.parse(m.group(1)).isEmpty()) {
        run.add(m);
        continue;
      }
      // A long area's name wraps in its cell: "2. Children looked after and achieving" over "permanence Requires
      // improvement". Only a numbered row is read so (a wrapped sentence that happens to end in a grade has no row
      // number), its second line going on in lower case, and only as a row of a run.
      int next = i + 1;
      while (next < lines.size() && lines.get(next).shape() == Shape.BLANK) next++;
      if (l != null && next < lines.size() && mayBeSpacedRow(lines.get(next)) && l.shape() != Shape.TABLE_ROW
          && l.text().length() <= 120 && Character.isLowerCase(lines.get(next).text().codePointAt(0))
          && ROW_NUMBER.matcher(rowText(l)).lookingAt()) {
        m = SPACED_ROW.matcher(rowText(l) + " " + lines.get(next).text());
        if (m.matches() && Grade.parse(m.group(1)).isEmpty()) {
          run.add(m);
          i = next;
          continue;
        }
      }
      if (run.size() >= 2) for (Matcher row : run) add(areas, row.group(1), Grade.parse(row.group(2)).orElseThrow());
      run.clear();
    }
  }

  /**
   * The rows of a judgements table that pdftotext set one cell a line: an area's name on one line or more (a line in
   * lower case goes on with the name above it), then its grade on one line or two ("Requires improvement to" over "be
   * good"). Only a run of two or more such rows, blank lines between allowed, is a table: a heading with its grade on
   * the next line, then paragraphs, is a section's judgement, which the sections read.
   */
  private void cellPerLineRows(List<Line> all, List<GradedArea> areas) {
    List<Line> lines = all.stream().filter(l -> l.shape() != Shape.BLANK).toList();
    List<GradedArea> run = new ArrayList<>();
    int i = 0;
    while (i <= lines.size()) {
      CellPerLineRow row = i < lines.size() ? cellPerLineRow(lines, i) : null;
      if (row != null) {
        run.add(row.area());
        i = row.next();
        continue;
      }
      if (run.size() >= 2) for (GradedArea a : run) add(areas, a.area(), a.grade());
      run.clear();
      i++;
    }
  }

  /** A row of a table set one cell a line: its area and grade, and the line after its grade. */
  private record CellPerLineRow(GradedArea area, int next) {}

  /** The row whose name starts at {@code i}, or null. */
  private static CellPerLineRow cellPerLineRow(List<Line> lines, int i) {
    Line first = lines.get(i);
    if (!isCell(first) || first.text().length() < 3 || isGradeCell(first.text())) return null;
    int j = i + 1;
    while (j < lines.size() && j < i + 3 && isCell(lines.get(j)) && Character.isLowerCase(lines.get(j).text().codePointAt(0))
        && !isGradeCell(lines.get(j).text()) && !isGradeStart(lines.get(j).text())) {
      j++;
    }
    // Most lines stop here: the line after a name is no grade's cell (one that wrapped is short too).
    if (j >= lines.size() || !isCell(lines.get(j)) || lines.get(j).text().length() > GRADE_CELL) return null;
    StringBuilder name = new StringBuilder(rowText(first));
    for (int k = i + 1; k < j; k++) name.append(' ').append(lines.get(k).text());
    if (!isAreaName(ROW_NUMBER.matcher(name).replaceFirst(""))) return null;
    String cell = lines.get(j).text();
    Optional<Grade> grade = Grade.parse(cell);
    if (grade.isEmpty() && j + 1 < lines.size() && isCell(lines.get(j + 1)) && cell.length() <= GRADE_CELL) {
      grade = Grade.parse(cell + " " + lines.get(j + 1).text());
      if (grade.isPresent()) j++;
    }
    return grade.isEmpty() ? null : new CellPerLineRow(new GradedArea(name.toString(), grade.get()), j + 1);
  }

  /** As long as a grade's cell can be: "Requires improvement to be good", with room for quotes and spaces. */
  private static final int GRADE_CELL = 40;

  /** A line that may be one cell of a table set one cell a line: short, and no sentence. */
  private static boolean isCell(Line l) {
    return l.shape() != Shape.TABLE_ROW && l.shape() != Shape.BULLET && l.text().length() <= 120 && !l.text().endsWith(".")
        && !l.text().isEmpty();
  }

  /** A short line that is a grade alone: a cell of a judgements table set one cell a line. */
  static boolean isGradeCell(String text) {
    return text.length() <= GRADE_CELL && Grade.parse(text).isPresent();
  }

  /** "Requires improvement to": a grade's cell that wrapped, not a name's. */
  private static boolean isGradeStart(String text) {
    return text.regionMatches(true, 0, "requires improvement", 0, "requires improvement".length());
  }

  /** Whether a line is short and ends as a grade word does: every line of a report is asked, most are prose. */
  private static boolean mayBeSpacedRow(Line l) {
    String t = l.text();
    if (l.shape() == Shape.TABLE_ROW || t.length() < 6 || t.length() > 170) return false;
    char last = t.charAt(t.length() - 1);
    return last == 'd' || last == 'g' || last == 'e' || last == 't' || last == 'D' || last == 'G' || last == 'E' || last == 'T';
  }

  /** A line as printed: a numbered line's number was taken off its text. */
  private static String rowText(Line l) {
    return l.number() == null ? l.text() : l.number() + ". " + l.text();
  }

  /** Whether lower-cased text holds a grade word ("inadequate" holds "adequate"). */
  static boolean hasGradeWord(String lower) {
    return lower.contains("good") || lower.contains("adequate") || lower.contains("outstanding") || lower.contains("requires improvement");
  }

  /**
   * Whether {@code text} holds {@code word} (lower case) at {@code at}, ignoring case, as {@link String#regionMatches}
   * with {@code ignoreCase} says. Letter by letter in ASCII, asking {@code regionMatches} only where a character is
   * not: "outcomes", "report", "addition" share a grade word's first two letters, and its case-blind comparison of
   * them all was a sixth of parsing.
   */
  static boolean startsWithIgnoringCase(String text, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(at + k);
      char w = word.charAt(k);
      if (c >= 128) return text.regionMatches(true, at, word, 0, word.length());
      if (c != w && (w < 'a' || w > 'z' || (c | 0x20) != w)) return false;
    }
    return true;
  }

  /**
   * Whether {@code text[from, to)} may hold a grade word, or "no graded judgement" too when {@code noGrade}: wherever
   * its lower-cased copy ({@link #hasGradeWord}) holds one, and perhaps elsewhere, so the checks that follow decide.
   * Every paragraph of a report is asked, most hold none, and the split into sentences with the lower-cased copies of
   * each paragraph and sentence were an eighth of parsing's profile. A word is looked for where a letter that
   * lower-cases to its first stands: only ASCII letters lower-case to these (of the others, only the Kelvin sign and
   * the dotted capital I lower-case into ASCII, to k and i), and {@code regionMatches} compares the rest as
   * lower-casing would, and more loosely.
   */
  static boolean mayHoldGradeWord(String text, int from, int to, boolean noGrade) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      String word = c >= 128 ? null : switch (c | 0x20) {
        case 'g' -> "good";
        case 'a' -> "adequate";
        case 'o' -> "outstanding";
        case 'r' -> "requires improvement";
        case 'n' -> noGrade ? "no graded judgement" : null;
        default -> null;
      };
      // The second and third letters first: most letters that start a word start no grade word, and two ASCII tests
      // turn most of them away ("our", "should", "are") before the region is compared (every other character that
      // lower-cases or upper-cases to these letters is itself one of them, and none folds to the space).
      if (word != null && i + word.length() <= to && (text.charAt(i + 1) | 0x20) == word.charAt(1)
          && (text.charAt(i + 2) | 0x20) == word.charAt(2) && startsWithIgnoringCase(text, i, word)) return true;
    }
    return false;
  }

  /** Reads each sentence of a paragraph that may state a judgement. */
  private void sentenceGrades(String text, List<GradedArea> areas) {
    if (mayHoldGradeWord(text, 0, text.length(), true)) sentences(text, (from, to) -> sentenceGrade(text, from, to, areas));
  }

  /** A sentence of a text, from {@code from} to {@code to}. */
  interface SentenceRange {
    void accept(int from, int to);
  }

  /**
   * The sentences of a text as the regular expression {@code (?<=[.!?])\\s+|\\n} splits it — at white space that
   * follows a sentence's end, or at a line break — in order, empty ones too; by hand, so that no sentence is copied
   * that is not read ({@code LineChecksTest} compares the two).
   */
  static void sentences(String text, SentenceRange each) {
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (i > 0 && LineClassifier.isPatternSpace(c) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
        int end = i;
        while (i < n && LineClassifier.isPatternSpace(text.charAt(i))) i++;
        each.accept(start, end);
        start = i;
      } else if (c == '\n') {
        each.accept(start, i);
        start = ++i;
      } else {
        i++;
      }
    }
    each.accept(start, n);
  }

  private void sentenceGrade(String text, int from, int to, List<GradedArea> areas) {
    // Each pattern runs only on a sentence holding the words it needs: most sentences of a paragraph with a grade
    // word have none themselves.
    if (!mayHoldGradeWord(text, from, to, true)) return;
    String sentence = text.substring(from, to);
    String words = sentence.toLowerCase(Locale.ROOT);
    boolean graded = hasGradeWord(words);
    if (graded && words.contains("services")) {
      Grade overall = servicesAre(sentence);
      if (overall != null) {
        add(areas, OVERALL_AREA, overall);
        return;
      }
    }
    if (graded && namesTheBoard(words)) {
      Grade board = boardIs(sentence);
      if (board != null) {
        add(areas, BOARD_AREA, board);
        return;
      }
    }
    if (graded && words.contains("effectiveness")) {
      Matcher overall = OVERALL.matcher(sentence);
      if (overall.find()) {
        add(areas, OVERALL_AREA, Grade.parse(overall.group(1)).orElseThrow());
        return;
      }
    }
    if (words.contains("no graded judgement")) {
      Matcher none = NOT_GRADED.matcher(sentence);
      if (none.find()) {
        add(areas, none.group(1), null);
        return;
      }
    }
    if (!graded) return;
    Matcher found = FOUND_TO_BE.matcher(sentence);
    if (found.find()) {
      add(areas, found.group(1), Grade.parse(found.group(2)).orElseThrow());
      return;
    }
    Matcher is = IS_QUOTED.matcher(sentence.strip());
    if (is.find()) add(areas, is.group(1), Grade.parse(is.group(2)).orElseThrow());
  }

  /**
   * The single inspection framework (2013–2018) reviewed the local safeguarding children board beside the council's
   * services, and states its judgement in a sentence of its own: "The local safeguarding children board (LSCB) is good",
   * "The LSCB in Havering requires improvement".
   */
  private static final String BOARD_AREA = "Local safeguarding children board";
  private static final Pattern BOARD_IS = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:local\\s+safeguarding\\s+children\\s+board|lscb)(?:\\s*\\(lscb\\))?" + STATED_GRADE);

  private static boolean namesTheBoard(String lower) {
    return lower.contains("safeguarding children board") || lower.contains("lscb");
  }

  /** The board's judgement a sentence states as {@link #BOARD_IS} words it, or null. */
  private static Grade boardIs(String sentence) {
    return statedGrade(BOARD_IS, sentence);
  }

  /**
   * The overall judgement a sentence states as {@link #SERVICES_ARE} words it, or null. "Require improvement" is the
   * plural's "requires improvement".
   */
  private static Grade servicesAre(String sentence) {
    return statedGrade(SERVICES_ARE, sentence);
  }

  /** The grade a sentence states, worded as {@code subjectThenGrade} says ({@link #STATED_GRADE}), or null. */
  private static Grade statedGrade(Pattern subjectThenGrade, String sentence) {
    Matcher m = subjectThenGrade.matcher(sentence.strip());
    return m.find() ? Grade.parse(m.group(1)).orElse(Grade.REQUIRES_IMPROVEMENT) : null;
  }

  /** A word that stands for something named elsewhere ("found both to be good"): a name holding one names no area. */
  private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|they|them|this|these|those|both|which|he|she)\\b");

  private void add(List<GradedArea> areas, String rawName, Grade grade) {
    String name = areaName(rawName);
    if (name.isEmpty()) return;
    String lower = name.toLowerCase(Locale.ROOT);
    // Sentences about other things ("… the local authority was judged to be 'Good'") are not areas of this report.
    if (lower.startsWith("the local authority") || lower.startsWith("local authorit") || lower.contains("% of")
        || PRONOUN.matcher(lower).find() || lower.startsWith("the city") || lower.equals("city")) {
      return;
    }
    for (GradedArea a : areas) if (sameArea(a.area(), name)) return;
    areas.add(new GradedArea(name, grade));
  }

  private String areaName(String raw) {
    String n = ROW_NUMBER.matcher(raw.strip().replaceAll("\\s+", " ")).replaceFirst("");
    n = n.replaceFirst("(?i)^(?:the\\s+)?(?:graded judgement for\\s+)?(?:the\\s+)?(?:experiences? and progress of\\s+)", "");
    n = n.replaceFirst("(?i)^the\\s+", "");
    if (authority != null) n = n.replaceFirst("(?i)\\s+(?:in|of|for|at)\\s+(?:the\\s+)?" + Pattern.quote(authority) + "$", "");
    n = n.replaceFirst("[:,;.\\s]+$", "");
    if (n.length() > 100) return "";
    return n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** The grade of the innermost section on the path that the report judges, or null. */
  Grade gradeFor(List<String> sectionPath, List<GradedArea> areas, Map<String, Grade> headingGrades) {
    if (sectionPath.size() > 1) {
      Grade underItsHeading = headingGrades.get(pathKey(sectionPath));
      if (underItsHeading != null) return underItsHeading;
    }
    for (int i = sectionPath.size() - 1; i >= 0; i--) {
      String heading = sectionPath.get(i);
      Grade direct = headingGrades.get(heading);
      if (direct != null) return direct;
      // The area of the heading's very words first: "Care leavers" is not "Children in care", though "care" is in both.
      for (GradedArea a : areas) if (tokensOf(a.area()).equals(tokensOf(heading))) return a.grade();
      for (GradedArea a : areas) if (within(tokensOf(a.area()), tokensOf(heading))) return a.grade();
    }
    return null;
  }

  /** The key of a grade kept for a whole section path, not for its last heading alone (which may stand elsewhere). */
  static String pathKey(List<String> sectionPath) {
    return String.join("\u0000", sectionPath);
  }

  /** A paragraph whose opening sentence states an area's judgement, as inspectors word it. */
  boolean isJudgementSentence(String text) {
    if (type == ReportType.ANNUAL_CHILDRENS_SERVICES_ASSESSMENT && isAnnualRating(text)) return true;
    // The pattern backtracks over the opening sentence of every paragraph; without a grade word it cannot match, and
    // the grade word of a match stands before the first full stop (nothing the pattern matches up to it is one).
    int stop = text.indexOf('.');
    if (!mayHoldGradeWord(text, 0, stop < 0 ? text.length() : stop, false)) return false;
    Matcher m = JUDGEMENT_SENTENCE.matcher(text);
    return m.find() && JUDGEMENT_WORDING.matcher(m.group()).find();
  }

  /**
   * The words of area names and headings, kept for the report: every paragraph asks {@link #gradeFor} with its section
   * path, and a report has a few dozen paths and areas.
   */
  private final Map<String, Set<String>> tokensOf = new HashMap<>();

  private Set<String> tokensOf(String name) {
    return tokensOf.computeIfAbsent(name, GradeResolver::tokens);
  }

  /**
   * Whether two names are one area's: "Looked after children" and "Services for looked after children and young
   * people", either way round. A name of one word is another's only where the other adds words of a judgement's own
   * ("Adoption" and "Adoption performance", "Safeguarding services" and "Safeguarding services overall effectiveness"):
   * "children in care" is "care", which "care leavers" holds too, and the later frameworks judge the two apart.
   */
  static boolean sameArea(String a, String b) {
    Set<String> x = tokens(a);
    Set<String> y = tokens(b);
    if (x.equals(y)) return !x.isEmpty();
    if (!within(x, y)) return false;
    Set<String> fewer = x.size() < y.size() ? x : y;
    if (fewer.size() >= 2) return true;
    Set<String> added = new HashSet<>(fewer == x ? y : x);
    added.removeAll(fewer);
    return JUDGEMENT_WORDS.containsAll(added);
  }

  /** Words that name what a judgement looks at in an area, not another area. */
  private static final Set<String> JUDGEMENT_WORDS =
      Set.of("overall", "effectiveness", "performance", "outcome", "quality", "provision", "arrangement");

  /** Whether one name's words hold the other's: a heading of one word under an area that has it ("Adoption"). */
  private static boolean within(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) return false;
    return x.containsAll(y) || y.containsAll(x);
  }

  static Set<String> tokens(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NOT_A_LETTER.split(s.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty() || STOP.contains(w)) continue;
      out.add(stem(w));
    }
    return out;
  }

  private static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}
