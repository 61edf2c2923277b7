package findings.ingest;

import findings.ingest.Line.Shape;
import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.GradedArea;
import findings.model.Kind;
import findings.model.Paragraph;
import findings.model.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of one report — from text or PDF alike — into a {@link Report}: metadata, graded areas and
 * paragraphs, with the damage of text extraction undone (page breaks, footnotes, lost paragraph numbers).
 */
public final class ReportParser {
  private static final Pattern DISPLACED_NUMBER = Pattern.compile("\\s(\\d{1,3})\\.\\s+(?=\\p{Ll})");
  private static final Pattern CHECKED = Pattern.compile(
      "(?i)(outstanding|good|requires improvement|adequate|inadequate)\\s*<input\\b[^>]*\\bchecked\\b");
  private static final Pattern FUNCTION_WORD_END =
      Pattern.compile("\\s(?:of|and|the|to|for|in|with|a|an|or|by|on|at|from|that|which)$");
  private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*- ");
  private static final Pattern SUPERSCRIPT_RUN = Pattern.compile("(?<=\\S)[" + LineClassifier.SUPERSCRIPTS + "]+");

  /** Footnote marks glued to words, removed; the scan runs only when the text has a superscript at all (rare). */
  private static String withoutSuperscriptRuns(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (LineClassifier.isSuperscript(text.charAt(i))) return SUPERSCRIPT_RUN.matcher(text).replaceAll("");
    }
    return text;
  }

  private final MetadataReader metadataReader;

  public ReportParser(Gazetteer gazetteer) {
    this.metadataReader = new MetadataReader(gazetteer);
  }

  /**
   * @param sourceFile the file name recorded with the report
   * @param sha256 the file's content hash, recorded so that re-ingestion can tell a changed file
   */
  public Report parse(List<SourceLine> sourceLines, String sourceFile, String sha256) {
    List<Line> lines = new ArrayList<>(sourceLines.size());
    for (SourceLine s : sourceLines) {
      // A Markdown table's rule under its header: without it the header and the rows stay one table.
      if (LineClassifier.isPipeTableRule(s.text())) continue;
      lines.add(LineClassifier.classify(s));
    }
    GradeScales.resolve(lines); // before headings are joined: a scale's first grade word is not a heading's end
    joinGradedHeadings(lines);
    joinWrappedHeadings(lines);
    longHeadingsOverKindLabels(lines);
    int bodyStart = BodyLocator.bodyStart(lines);
    letterTitle(lines, bodyStart); // before the metadata, which titles a letter by this line
    MetadataReader.Metadata meta = metadataReader.read(lines, sourceFile);
    withoutSignatures(lines);
    labelHeadings(lines);
    GradeResolver grades = new GradeResolver(meta.type(), meta.authority());
    Assembly assembly = assemble(lines.subList(bodyStart, lines.size()), grades);
    List<ParagraphBuilder> built = resolveNumbers(assembly.paragraphs());
    List<GradedArea> areas = grades.areas(lines, built, assembly.headingGrades());
    List<Paragraph> paragraphs = finish(built, areas, assembly.headingGrades(), grades);
    List<String> warnings = new ArrayList<>(meta.warnings());
    if (paragraphs.isEmpty()) warnings.add("no paragraphs found");
    // Without an authority or a date the readable id is not specific: the content hash keeps it one per report.
    String suffix = meta.authority() == null || meta.published() == null ? "-" + sha256.substring(0, 8) : "";
    List<String> formerIds = meta.formerReportIds().stream().map(former -> former + suffix).toList();
    return new Report(meta.reportId() + suffix, formerIds, meta.title(), meta.authority(), meta.authorityCode(),
        meta.type(), meta.published(), meta.year(), meta.reference(), sourceFile, sha256, areas, paragraphs, warnings);
  }

  /** What assembly produced: paragraphs in order, and grades stated by a checkbox or mark under a heading. */
  record Assembly(List<ParagraphBuilder> paragraphs, Map<String, Grade> headingGrades) {}

  private Assembly assemble(List<Line> lines, GradeResolver grades) {
    List<ParagraphBuilder> out = new ArrayList<>();
    Map<String, Grade> headingGrades = new LinkedHashMap<>();
    SectionPath section = new SectionPath();
    ParagraphBuilder current = null;
    boolean headingSince = false;
    String lastHeading = null;
    List<ParagraphBuilder> openColumns = null;
    lines = new ArrayList<>(lines);
    for (int i = 0; i + 1 < lines.size(); i++) {
      // A "heading" whose next line continues its sentence in lower case, or with a bracket ("… and the Care Quality
      // Commission" over "(CQC) conducted a joint inspection …"), is the first line of wrapped text, of a numbered
      // paragraph where it has a number.
      Line l = lines.get(i);
      Line next = lines.get(i + 1);
      if (l.shape() == Shape.HEADING && next.shape() == Shape.TEXT && (startsLower(next.text()) || next.text().startsWith("("))) {
        Line numbered = LineClassifier.asNumberedParagraph(l);
        lines.set(i, numbered != null ? numbered : new Line(Shape.TEXT, l.text(), null, 0, l.page()));
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      Grade stated = lastHeading == null ? null : gradeUnderHeading(lines, i, lastHeading);
      if (stated != null) {
        headingGrades.putIfAbsent(lastHeadingKey(section), stated);
        continue;
      }
      List<ParagraphBuilder> tableAbove = openColumns;
      if (line.shape() != Shape.BLANK && line.shape() != Shape.TABLE_ROW) openColumns = null;
      switch (line.shape()) {
        case BLANK -> {}
        // A scale's grade words and marks: GradeScales has read them, ticked or not, before this.
        case GRADE_SCALE, CHECK_MARK -> {}
        case HEADING -> {
          // A short line after a sentence cut mid-way by a page break is the rest of that sentence, not a heading.
          boolean joined = i > 0 && lines.get(i - 1).shape() != Shape.BLANK;
          if (current != null && !current.table && !current.endsSentence() && !current.endsWithColon()
              && (startsLower(line.text()) || joined && endsMidSentence(current))) {
            current.appendWords(line.text());
            break;
          }
          // Three or more short lines one under the other, none apart from the next (key facts in a sidebar, a list
          // whose marks were drawn), are a list, under the first where a blank line stands before it: headings stand
          // apart from what follows them.
          int run = 1;
          while (i + run < lines.size() && lines.get(i + run).shape() == Shape.HEADING) run++;
          if (run >= 3) {
            // Not where a heading stands just above (only blank lines between): the list is that heading's ("Inspection
            // team" over "Ofsted", "Sarah Smith, lead inspector", "Care Quality Commission", …).
            int first = i > 0 && lines.get(i - 1).shape() == Shape.BLANK
                && Line.previousNonBlank(lines, i).shape() != Shape.HEADING ? i + 1 : i;
            if (first > i) {
              section.heading(line.text());
              lastHeading = line.text();
            }
            current = new ParagraphBuilder(null, section.path(), section.kind(), lines.get(first).page(), true);
            for (int k = first; k < i + run; k++) current.appendListItem(lines.get(k).text(), 0);
            out.add(current);
            current = null;
            headingSince = false;
            i += run - 1;
            break;
          }
          current = null;
          Matcher graded = LineClassifier.gradedHeading(line.text());
          String heading = graded != null ? graded.group(1).strip() : line.text();
          // A paper's label ("Financial implications and risks:") heads a part of the heading above it ("Implications
          // and risks"), which it replaced; under no heading it is one.
          if (line.indent() > 0) section.subHeading(heading);
          else section.heading(heading);
          lastHeading = heading;
          headingSince = true;
          // "…: requires improvement to be good": the section's judgement, printed with its heading.
          if (graded != null) Grade.parse(graded.group(2)).ifPresent(g -> headingGrades.putIfAbsent(lastHeadingKey(section), g));
        }
        case TICKED_GRADE -> {
          if (lastHeading != null) Grade.parse(line.text()).ifPresent(g -> headingGrades.putIfAbsent(lastHeadingKey(section), g));
        }
        case HTML_CELLS -> {
          if (line.text().contains("<input")) {
            Grade g = checkedGrade(line.text());
            if (g != null && lastHeading != null) headingGrades.putIfAbsent(lastHeadingKey(section), g);
            break;
          }
          current = null;
          String[] columns = line.text().split("\t");
          for (int c = 0; c < columns.length; c++) {
            List<String> items = HtmlCells.items(columns[c]);
            if (items.isEmpty()) continue;
            ParagraphBuilder p = new ParagraphBuilder(null, section.path(), section.kind(), line.page(), headingSince);
            p.table = true;
            p.kindOverride = tableColumnKind(lines, i, c);
            for (String item : items) p.appendListItem(item, 0);
            out.add(p);
          }
          headingSince = false;
        }
        case TABLE_ROW -> {
          if (line.text().contains("<p>")) {
            lines.set(i, new Line(Shape.HTML_CELLS, line.text(), null, 0, line.page()));
            i--;
            break;
          }
          int end = i;
          while (end + 1 < lines.size() && continuesTable(lines.get(end + 1))) end++;
          int next = end + 1;
          while (next < lines.size() && lines.get(next).shape() == Shape.BLANK) next++;
          if (end == i && next < lines.size() && headsRowsOverPage(line, lines.get(next))) {
            // A table's header row alone at a page's foot, its rows on the next page: one table.
            lines.subList(i + 1, next).clear();
            end = i + 1;
            while (end + 1 < lines.size() && continuesTable(lines.get(end + 1))) end++;
          }
          List<Line> rows = lines.subList(i, end + 1);
          current = null;
          // A judgement set as a row of its own, its area and its grade ("Being healthy\tGrade 3", "Overall
          // effectiveness\tGrade 3 (Adequate)"): the grade of the heading right above it, or a graded heading itself.
          GradeResolver.GradedRow judged = rows.size() == 1 ? GradeResolver.gradedRow(line.text()) : null;
          Grade rowGrade = judged == null ? null : grades.cellGrade(judged.grade());
          if (rowGrade != null) {
            if (headingSince && lastHeading != null) {
              headingGrades.putIfAbsent(lastHeadingKey(section), rowGrade);
            } else {
              // After paragraphs: an area of the section, judged apart. The same area may be judged under another
              // heading ("Capacity for improvement" of safeguarding and of looked after children): its grade is kept
              // by the whole path.
              section.subHeading(judged.area());
              lastHeading = judged.area();
              headingSince = true;
              headingGrades.putIfAbsent(GradeResolver.pathKey(section.path()), rowGrade);
            }
            i = end;
            continue;
          }
          // A vertical grade scale whose mark sits in the row: "Inadequate\tX".
          Grade marked = Tables.markedGrade(rows);
          if (marked != null && lastHeading != null) headingGrades.putIfAbsent(lastHeadingKey(section), marked);
          if (Tables.isGradeTableOrLegend(rows)) {
            i = end;
            break;
          }
          if (openColumns != null && !Tables.isKindHeader(rows.get(0))) {
            Tables.appendRows(openColumns, rows); // the same strengths table, continued after a page break
          } else {
            List<ParagraphBuilder> made = Tables.paragraphs(rows, section.path(), section.kind(), headingSince);
            out.addAll(made);
            openColumns = Tables.isKindHeader(rows.get(0)) ? made : null;
          }
          headingSince = false;
          i = end;
          continue;
        }
        case FOOTNOTE -> {
          ParagraphBuilder owner = footnoteOwner(out, line.text(), line.page());
          if (owner != null) owner.footnotes.add(line.text().replaceFirst("^[" + LineClassifier.SUPERSCRIPTS + "]+\\s*", ""));
        }
        case NUMBERED -> {
          current = new ParagraphBuilder(line.number(), section.path(), section.kind(), line.page(), headingSince);
          current.appendWords(line.text());
          out.add(current);
          headingSince = false;
        }
        case BULLET -> {
          if (current != null && !current.table) {
            if (!current.endsSentence() && !current.endsWithColon() && startsLower(line.text()) && line.indent() == 0
                && !current.text.toString().contains("\n")) {
              current.appendWords(line.text()); // the rest of a sentence cut by a page break, extracted as a list item
            } else if (current.endsWithColon() || LIST_ITEM.matcher(current.text).find() || line.indent() > 0
                || startsLower(line.text())) {
              current.appendListItem(line.text(), line.indent());
            } else {
              current = newUnnumbered(out, section, line, headingSince);
              headingSince = false;
            }
          } else {
            current = newUnnumbered(out, section, line, headingSince);
            headingSince = false;
          }
        }
        case TEXT -> {
          Matcher displaced = DISPLACED_NUMBER.matcher(line.text());
          String expected = current == null || current.number == null || ParagraphNumbers.isDecimal(current.number)
              ? null : ParagraphNumbers.plus(current.number, 1);
          if (expected != null && displaced.find() && displaced.group(1).equals(expected) && current.endsSentence()) {
            // "… prioritising and 21. improving …": the number slipped into the line; the paragraph is still 21.
            String text = line.text().substring(0, displaced.start()) + " " + line.text().substring(displaced.end());
            current = new ParagraphBuilder(expected, section.path(), section.kind(), line.page(), headingSince);
            current.appendWords(text.strip());
            out.add(current);
            headingSince = false;
          } else if (tableAbove != null && startsLower(line.text())) {
            tableAbove.get(0).appendWords(line.text()); // a table cell wrapped onto the next page
            openColumns = tableAbove;
          } else if (tableAbove != null && line.text().length() < 160 && followsRows(lines, i)) {
            // Short text right after a strengths/weaknesses table is more of its first column, carried over a page
            // break where the PDF lost the empty second cell; report paragraphs are numbered or long.
            tableAbove.get(0).appendListItem(line.text(), 0);
            openColumns = tableAbove;
          } else if (current != null && !current.table && (!current.endsSentence() || startsLower(line.text()))) {
            current.appendWords(line.text());
          } else {
            current = newUnnumbered(out, section, line, headingSince);
            headingSince = false;
          }
        }
      }
    }
    return new Assembly(out, headingGrades);
  }

  /**
   * Whether the line at {@code i} may be more of a table's first column: in a PDF wherever it stands (rows there are
   * parted by gaps that read as blank lines); in text only right under the line above it. Where a blank line parts
   * text from a table, it is the paragraph after the table ("Major strengths\tImportant weaknesses" rows, then "The
   * children and young people's plan will be reviewed…" closing a letter).
   */
  private static boolean followsRows(List<Line> lines, int i) {
    return lines.get(i).page() != null || i == 0 || lines.get(i - 1).shape() != Shape.BLANK;
  }

  /** Whether {@code row}, a table's only row on its page, is the header of rows that go on at the top of a later one. */
  private static boolean headsRowsOverPage(Line row, Line next) {
    return next.shape() == Shape.TABLE_ROW && row.page() != null && next.page() != null && next.page() > row.page()
        && row.text().split("\t", -1).length == next.text().split("\t", -1).length;
  }

  /** Rows follow each other without blank lines; a row whose other cells were empty may have lost its tabs. */
  private static boolean continuesTable(Line next) {
    return switch (next.shape()) {
      case TABLE_ROW -> true;
      case HEADING, TEXT -> next.text().length() < 200;
      default -> false;
    };
  }

  /** "Judgement: Good", "Grade – Inadequate": a grade with the word that names it as one. */
  private static final Pattern NAMED_GRADE = Pattern.compile("(?i)^(?:overall\\s+)?(?:judgement|grade|rating)\\s*[:–-]\\s*(.+)$");

  /**
   * A heading with its judgement ({@link LineClassifier#gradedHeading}) that text extraction set on two or three
   * lines ("… help and protection:" over "requires improvement to be good") becomes the one heading line it is.
   */
  private static void joinGradedHeadings(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line first = lines.get(i);
      if (first.shape() != Shape.TEXT && first.shape() != Shape.HEADING || first.text().length() > 200
          || !Character.isUpperCase(first.text().codePointAt(0))) continue;
      if (i > 0 && lines.get(i - 1).shape() != Shape.BLANK) continue; // a heading stands apart from the text above it
      StringBuilder joined = new StringBuilder(first.text());
      for (int k = 1; k <= 2 && i + k < lines.size(); k++) {
        Line next = lines.get(i + k);
        if (next.shape() != Shape.TEXT && next.shape() != Shape.HEADING && next.shape() != Shape.GRADE_SCALE) break;
        joined.append(' ').append(next.text());
        if (joined.length() > 200) break;
        if (LineClassifier.gradedHeading(joined.toString()) != null) {
          lines.set(i, new Line(Shape.HEADING, joined.toString(), null, 0, first.page()));
          lines.subList(i + 1, i + k + 1).clear();
          break;
        }
      }
    }
  }

  /**
   * A letter's title, the line after its salutation ("Dear Ms Brown" / "Unannounced inspection of contact, referral and
   * assessment arrangements within local authority children's services"): too long to look like a heading, it ran into
   * the letter's first paragraph. The lines after the salutation up to a blank line are one heading where together
   * they are a subject line ({@link BodyLocator#isSubjectLine}).
   */
  private static void letterTitle(List<Line> lines, int bodyStart) {
    if (bodyStart <= 0 || !BodyLocator.isSalutation(Line.previousNonBlank(lines, bodyStart).text())) return;
    int end = bodyStart;
    StringBuilder title = new StringBuilder();
    while (end < lines.size() && (lines.get(end).shape() == Shape.TEXT || lines.get(end).shape() == Shape.HEADING)
        && title.length() <= 200) {
      if (!title.isEmpty()) title.append(' ');
      title.append(lines.get(end++).text().strip());
    }
    if (end == bodyStart || end >= lines.size() || lines.get(end).shape() != Shape.BLANK) return;
    String t = title.toString();
    if (!BodyLocator.isSubjectLine(t)) return;
    Line first = lines.get(bodyStart);
    lines.subList(bodyStart, end).clear();
    lines.add(bodyStart, new Line(Shape.HEADING, LineClassifier.headingCase(t), null, 0, first.page()));
  }

  /** Words that make a label the start of a sentence ("Members are asked to:", "The partnership should:"). */
  private static final Pattern SENTENCE_WORD = Pattern.compile("(?i)\\b(?:are|is|was|were|should|will|must|can|asked|include[sd]?)\\b");

  /**
   * A council's paper heads the parts of its implications with labels ("Financial implications and risks:", over "4.1
   * There are no direct financial implications…"), which read as a line of text of their own. Such a label, apart from
   * the lines around it, with a numbered paragraph next, is a heading; a sentence's opening that introduces a list
   * ("Members are asked to:") is not one.
   */
  private static void labelHeadings(List<Line> lines) {
    for (int i = 0; i + 2 < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text();
      if (l.shape() != Shape.TEXT || t.length() > 62 || !t.endsWith(":") || lines.get(i + 1).shape() != Shape.BLANK) continue;
      if (i > 0 && lines.get(i - 1).shape() != Shape.BLANK) continue;
      if (Line.nextNonBlank(lines, i).shape() != Shape.NUMBERED || !LineClassifier.isLabelAlone(t)) continue;
      String label = t.substring(0, t.length() - 1).strip();
      if (LineClassifier.endsWithFunctionWord(label) || SENTENCE_WORD.matcher(label).find()) continue;
      lines.set(i, new Line(Shape.HEADING, label, null, 1, l.page())); // inside the heading above it
    }
  }

  /** "Yours sincerely", "Yours faithfully,": a letter's close, above its signature. */
  private static final Pattern CLOSE = Pattern.compile("(?i)^yours\\s+(?:sincerely|faithfully|truly)\\s*,?$");

  /**
   * A letter's close and the signature under it (the inspector's name, role and office, set line under line) are no
   * finding: they became a paragraph of their own under the name as a heading. The close and the block of lines after
   * it are blank; what follows the next blank line (a copy list, an annex) is read as before.
   */
  private static void withoutSignatures(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line close = lines.get(i);
      String t = close.text().strip();
      if (t.isEmpty() || t.length() > 20 || (t.charAt(0) | 0x20) != 'y' || !CLOSE.matcher(t).matches()) continue;
      lines.set(i, blank(close));
      int k = i + 1;
      while (k < lines.size() && lines.get(k).shape() == Shape.BLANK) k++;
      for (; k < lines.size() && lines.get(k).shape() != Shape.BLANK && lines.get(k).text().length() <= 120; k++) {
        lines.set(k, blank(lines.get(k)));
      }
      blankFurtherSignatures(lines, k);
    }
  }

  /** "cc: Department for Education", "Copy to:": the list of those a letter is copied to. */
  private static final Pattern COPY_LIST = Pattern.compile("(?i)^(?:cc|copy to|copies to)\\b\\s*:?");
  /** A line of a signature: a name, a role, an office, as short as they are. */
  private static final int SIGNATURE_LINE = 80;
  private static final int SIGNATURE_LINES = 6;

  /**
   * A letter from two inspectorates is signed by two or more people, each block apart from the next ("Ofsted" over
   * "Chris Russell, Regional Director"; "Gill Jones" over "Her Majesty's Inspector"), and copied to a list ("cc:
   * Department for Education", "NHS England"): no findings, though each read as a heading and a paragraph. From
   * {@code from}, past blank lines: a copy list's block is blank, and a block of a signature's lines where what comes
   * after it is one too, or nothing. A block of short lines with prose after it is a heading (an annex's), and stays.
   */
  private static void blankFurtherSignatures(List<Line> lines, int from) {
    int start = from;
    while (true) {
      while (start < lines.size() && lines.get(start).shape() == Shape.BLANK) start++;
      if (start >= lines.size()) return;
      int end = blockEnd(lines, start);
      if (!isSignatureBlock(lines, start, end)) return;
      if (!hasCopyList(lines, start, end)) {
        int after = end;
        while (after < lines.size() && lines.get(after).shape() == Shape.BLANK) after++;
        if (after < lines.size() && !isSignatureBlock(lines, after, blockEnd(lines, after))) return;
      }
      for (int k = start; k < end; k++) lines.set(k, blank(lines.get(k)));
      start = end;
    }
  }

  private static boolean hasCopyList(List<Line> lines, int start, int end) {
    for (int k = start; k < end; k++) if (COPY_LIST.matcher(lines.get(k).text().strip()).lookingAt()) return true;
    return false;
  }

  private static int blockEnd(List<Line> lines, int start) {
    int end = start;
    while (end < lines.size() && lines.get(end).shape() != Shape.BLANK) end++;
    return end;
  }

  /**
   * Lines from {@code start} to {@code end} that could sign a letter: few, short, none a sentence, a part or a number;
   * or such lines up to a copy list, which text extraction may set right under the signature.
   */
  private static boolean isSignatureBlock(List<Line> lines, int start, int end) {
    for (int k = start; k < end; k++) {
      Line l = lines.get(k);
      String t = l.text().strip();
      if (COPY_LIST.matcher(t).lookingAt()) return true;
      if (k - start >= SIGNATURE_LINES) return false;
      if (t.length() > SIGNATURE_LINE || t.endsWith(".") || t.endsWith(":") || l.shape() == Shape.NUMBERED
          || l.shape() == Shape.TABLE_ROW || l.shape() == Shape.HTML_CELLS || SectionPath.isPart(t)) {
        return false;
      }
    }
    return true;
  }

  private static Line blank(Line line) {
    return new Line(Shape.BLANK, "", null, 0, line.page());
  }

  /**
   * A heading that text extraction wrapped onto a second line, as text that keeps a PDF's line breaks has it ("The
   * experiences and progress of children who need help and" / "protection"): the second line starts in lower case,
   * so the first reads as the start of a sentence (and may end on a word no heading ends with), and the two as a short
   * paragraph. They are one heading where they stand apart from the text above, look like a heading together, and a
   * grade, a numbered paragraph or a blank line follows.
   */
  private static void joinWrappedHeadings(List<Line> lines) {
    for (int i = 0; i + 2 < lines.size(); i++) {
      Line first = lines.get(i);
      if (first.shape() != Shape.TEXT && first.shape() != Shape.HEADING || first.text().length() > 110
          || !Character.isUpperCase(first.text().codePointAt(0))) continue;
      if (i > 0 && lines.get(i - 1).shape() != Shape.BLANK) continue;
      Line second = lines.get(i + 1);
      if (second.shape() != Shape.TEXT || second.text().length() > 60 || !startsLower(second.text())) continue;
      Shape after = lines.get(i + 2).shape();
      if (after != Shape.GRADE_SCALE && after != Shape.NUMBERED && after != Shape.BLANK) continue;
      String joined = first.text() + " " + second.text();
      if (!LineClassifier.looksLikeHeading(joined)) continue;
      lines.set(i, new Line(Shape.HEADING, LineClassifier.headingCase(joined), null, 0, first.page()));
      lines.remove(i + 1);
    }
  }

  /**
   * A heading too long to read as one by its look alone, on one line or wrapped onto two or three, is a heading where
   * it stands apart from the text above (a blank line, or a sentence's end where text extraction keeps no blank lines)
   * and a label of its paragraphs' kind comes next: an area SEND inspection heads its strengths and areas for
   * development with "The effectiveness of the local area in identifying children and young people who have special
   * educational needs and/or disabilities", which was read as a paragraph, its strengths and weaknesses left under the
   * heading above it.
   */
  private static void longHeadingsOverKindLabels(List<Line> lines) {
    for (int i = 1; i + 1 < lines.size(); i++) {
      Line first = lines.get(i);
      if (first.shape() != Shape.TEXT && first.shape() != Shape.HEADING || first.text().isEmpty()
          || !Character.isUpperCase(first.text().codePointAt(0))) {
        continue;
      }
      Line before = lines.get(i - 1);
      if (before.shape() != Shape.BLANK && !LineClassifier.endsSentence(before.text())) continue;
      int end = i + 1; // after the heading's lines: the first, and up to two that go on in lower case
      while (end < lines.size() && end <= i + 2 && (lines.get(end).shape() == Shape.TEXT || lines.get(end).shape() == Shape.HEADING)
          && startsLower(lines.get(end).text())) {
        end++;
      }
      if (end >= lines.size()) return;
      Line next = lines.get(end).shape() == Shape.BLANK ? Line.nextNonBlank(lines, end) : lines.get(end);
      if (next.shape() != Shape.HEADING || !SectionPath.isKindLabel(next.text())) continue;
      StringBuilder heading = new StringBuilder(first.text().strip());
      for (int k = i + 1; k < end; k++) heading.append(' ').append(lines.get(k).text().strip());
      if (!LineClassifier.looksLikeLongHeading(heading.toString())) continue;
      lines.set(i, new Line(Shape.HEADING, LineClassifier.headingCase(heading.toString()), null, 0, first.page()));
      lines.subList(i + 1, end).clear();
    }
  }

  /**
   * The grade a line states for the heading just above it, where the line is that grade alone: the later frameworks
   * print each judged section's heading with its grade set beside or under it ("The experiences and progress of
   * children who need help and protection" / "Requires improvement to be good"), which reaches the text as the heading
   * and a line of its own. Not a grade of a scale printed under a heading (several grade lines together, one of them
   * ticked: CHECK_MARK); null otherwise.
   */
  private static Grade gradeUnderHeading(List<Line> lines, int i, String lastHeading) {
    Line line = lines.get(i);
    if (line.shape() == Shape.BLANK || line.shape() == Shape.CHECK_MARK || line.shape() == Shape.TICKED_GRADE
        || line.text().length() > 60) {
      return null;
    }
    Line before = Line.previousNonBlank(lines, i);
    // The heading the section took: not one that was joined to the sentence before it as that sentence's end.
    if (before.shape() != Shape.HEADING || !before.text().equals(lastHeading)) return null;
    Matcher named = NAMED_GRADE.matcher(line.text().strip());
    Grade grade = Grade.parse(named.matches() ? named.group(1) : line.text()).orElse(null);
    Shape after = Line.nextNonBlank(lines, i).shape();
    return after == Shape.GRADE_SCALE || after == Shape.CHECK_MARK ? null : grade; // not the first grade of a scale
  }

  private static String lastHeadingKey(SectionPath section) {
    List<String> p = section.path();
    return p.isEmpty() ? "" : p.get(p.size() - 1);
  }

  private static ParagraphBuilder newUnnumbered(List<ParagraphBuilder> out, SectionPath section, Line line, boolean afterHeading) {
    ParagraphBuilder p = new ParagraphBuilder(null, section.path(), section.kind(), line.page(), afterHeading);
    if (line.shape() == Shape.BULLET) p.appendListItem(line.text(), 0);
    else p.appendWords(line.text());
    out.add(p);
    return p;
  }

  private static boolean endsMidSentence(ParagraphBuilder p) {
    return LineClassifier.endsMidSentence(p.text.toString().strip());
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  /** The grade word just before a checked box: "Good\t<input checked …/>". */
  private static Grade checkedGrade(String row) {
    Matcher m = CHECKED.matcher(row);
    return m.find() ? Grade.parse(m.group(1)).orElse(null) : null;
  }

  /** Strength/weakness tables say which column is which in the row above: "Major strengths\tImportant weaknesses". */
  private static Kind tableColumnKind(List<Line> lines, int row, int column) {
    for (int j = row - 1; j >= 0 && j >= row - 3; j--) {
      Line l = lines.get(j);
      if (l.shape() == Shape.BLANK) continue;
      String[] headers = l.text().split("\t");
      if (column < headers.length) return SectionPath.kindOf(headers[column]);
      break;
    }
    return null;
  }

  /**
   * The paragraph whose text has the footnote's mark: among the last few, or anywhere on the footnote's page, where a
   * page of short numbered paragraphs holds more than a few above its footnotes.
   */
  private static ParagraphBuilder footnoteOwner(List<ParagraphBuilder> out, String footnote, Integer page) {
    char marker = footnote.charAt(0);
    for (int j = out.size() - 1; j >= 0 && (j >= out.size() - 6 || page != null && page.equals(out.get(j).page)); j--) {
      if (out.get(j).text.indexOf(String.valueOf(marker)) >= 0) return out.get(j);
    }
    return out.isEmpty() ? null : out.get(out.size() - 1);
  }

  /**
   * Paragraph numbers decide what text extraction could not: an unnumbered paragraph between n and n+1 is the rest
   * of n cut by a page break; k unnumbered paragraphs filling a gap of exactly k numbers lost their printed numbers.
   */
  private static List<ParagraphBuilder> resolveNumbers(List<ParagraphBuilder> paragraphs) {
    demoteStrayDecimals(paragraphs);
    // A report that numbers its paragraphs counts up through long runs (restarting only in annexes); numbered
    // lists under each heading of a self-assessment restart every few items.
    int numbered = 0;
    int restarts = 0;
    int max = 0;
    boolean decimal = false;
    String previous = null;
    boolean oneByOne = true;
    for (ParagraphBuilder p : paragraphs) {
      if (p.number == null) continue;
      numbered++;
      if (previous != null && ParagraphNumbers.compare(p.number, previous) <= 0) restarts++;
      if (previous == null ? !ParagraphNumbers.isFirst(p.number) : !ParagraphNumbers.follows(previous, p.number)) {
        oneByOne = false;
      }
      previous = p.number;
      max = Math.max(max, ParagraphNumbers.major(p.number));
      decimal |= ParagraphNumbers.isDecimal(p.number);
    }
    // A short paper (a committee report of a page or two) numbers its paragraphs too: 1, 2, 3 without a gap or a
    // restart, and most of its text is numbered, where a list inside unnumbered text is the lesser part. Numbers
    // within sections (3.1, 3.2, 4.1) are a paper's own: a list is not numbered so.
    boolean shortNumbered = oneByOne && numbered >= 2 && numbered * 2 >= paragraphs.size();
    boolean numberedReport = numbered >= 5 && (max >= 8 || decimal) && restarts * 6 < numbered || shortNumbered;
    List<ParagraphBuilder> out = new ArrayList<>();
    if (!numberedReport) {
      for (ParagraphBuilder p : paragraphs) {
        if (p.number != null) {
          // A stray "4." in an unnumbered report is part of its text (a numbered list item), not a paragraph number.
          p.text.insert(0, ParagraphNumbers.isDecimal(p.number) ? p.number + " " : p.number + ". ");
          p.number = null;
        }
        out.add(p);
      }
      return out;
    }
    int i = 0;
    while (i < paragraphs.size()) {
      ParagraphBuilder p = paragraphs.get(i);
      out.add(p);
      i++;
      if (p.number == null) continue;
      int j = i;
      while (j < paragraphs.size() && paragraphs.get(j).number == null) j++;
      if (j == i || j >= paragraphs.size()) continue;
      String a = p.number;
      String b = paragraphs.get(j).number;
      List<ParagraphBuilder> between = paragraphs.subList(i, j);
      if (ParagraphNumbers.follows(a, b)) {
        // Untitled text between consecutive numbers continues the earlier paragraph; a heading marks a real break.
        for (ParagraphBuilder q : between) {
          if (!q.afterHeading && !q.table && q.text.indexOf("\n") < 0) {
            p.appendWords(q.text.toString());
            p.footnotes.addAll(q.footnotes);
          } else {
            out.add(q);
          }
        }
        i = j;
      } else if (ParagraphNumbers.between(a, b) == between.size() && between.stream().noneMatch(q -> q.table)) {
        for (int k = 0; k < between.size(); k++) {
          ParagraphBuilder q = between.get(k);
          q.number = ParagraphNumbers.plus(a, 1 + k);
          if (q.text.indexOf("- ") == 0) q.text.delete(0, 2); // the number was lost, the bullet it became is not text
        }
      }
    }
    return out;
  }

  /**
   * A decimal at the start of a line that neither follows the number before it nor is followed by the one after is a
   * figure that text extraction set at a line's start ("… sickness stands at" / "1.81 Annual sick days …"), not a
   * paragraph's number: it goes back into the text, which then joins the paragraph it was cut from.
   */
  private static void demoteStrayDecimals(List<ParagraphBuilder> paragraphs) {
    String previous = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      ParagraphBuilder p = paragraphs.get(i);
      if (p.number == null) continue;
      if (ParagraphNumbers.isDecimal(p.number)) {
        String next = null;
        for (int j = i + 1; j < paragraphs.size() && next == null; j++) next = paragraphs.get(j).number;
        boolean inSequence = previous != null && ParagraphNumbers.follows(previous, p.number)
            || next != null && ParagraphNumbers.follows(p.number, next);
        if (!inSequence) {
          p.text.insert(0, p.number + " ");
          p.number = null;
          continue;
        }
      }
      previous = p.number;
    }
  }

  private List<Paragraph> finish(List<ParagraphBuilder> built, List<GradedArea> areas,
      Map<String, Grade> headingGrades, GradeResolver grades) {
    List<Paragraph> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int unnumbered = 0;
    String runPrefix = "";
    int lastNumber = 0;
    String lastTop = null;
    for (ParagraphBuilder b : built) {
      String text = withoutSuperscriptRuns(b.text.toString().strip());
      if (text.isBlank()) continue;
      String top = b.sectionPath.isEmpty() ? null : b.sectionPath.get(0);
      String label;
      boolean printed = b.number != null;
      if (printed) {
        int n = ParagraphNumbers.major(b.number);
        // Annexes, appendices and parts restart numbering at 1; their paragraphs take the part's letter or number so
        // that ids stay unique ("A4", "2.4").
        if (n <= lastNumber && top != null && !top.equals(lastTop)) {
          String prefix = partPrefix(top);
          if (prefix != null) runPrefix = prefix;
        }
        lastNumber = n;
        lastTop = top;
        label = runPrefix + b.number;
      } else {
        unnumbered++;
        label = "u" + unnumbered;
      }
      String unique = label;
      for (int k = 2; !used.add(unique); k++) unique = label + "-" + k;
      Grade grade = grades.gradeFor(b.sectionPath, areas, headingGrades);
      Kind kind = b.kindOverride != null ? b.kindOverride : isInstruction(text) ? Kind.CONTEXT : b.headingKind;
      if (kind == null) kind = grades.isJudgementSentence(text) ? Kind.JUDGEMENT : Kind.FINDING;
      out.add(new Paragraph(unique, printed, b.sectionPath, kind, grade, b.page, text, b.footnotes));
    }
    return out;
  }

  /**
   * A template's instruction to whoever fills it in ("Please include ways that you think your success can benefit
   * others…", under "Top three outcomes we are proud of"): the same words in every council's self-assessment, and
   * not the council's strength or weakness, whatever the heading above says.
   */
  private static boolean isInstruction(String text) {
    return text.startsWith("Please ");
  }

  /** "Annex B: …", "Appendix 2", "Part C", "Annex: …": a part of a report that numbers its paragraphs afresh. */
  private static final Pattern RESTARTING_PART = Pattern.compile("(?i)^(annex|appendix|part)\\b(?:\\s+([A-Z]|\\d{1,2})\\b)?");

  /**
   * What the paragraphs of a part that numbers afresh carry before their numbers: its letter ("B"), its number and a
   * stop ("2."), or the word's first letter where it has neither ("A" for "Annex: …"); null for a section that is not
   * such a part.
   */
  private static String partPrefix(String top) {
    Matcher m = RESTARTING_PART.matcher(top);
    if (!m.find()) return null;
    if (m.group(2) == null) return m.group(1).substring(0, 1).toUpperCase();
    return Character.isDigit(m.group(2).charAt(0)) ? m.group(2) + "." : m.group(2).toUpperCase();
  }
}
