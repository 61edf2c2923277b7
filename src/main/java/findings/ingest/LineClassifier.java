package findings.ingest;

import findings.ingest.Line.Shape;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans one extracted line and tells what it looks like (heading, numbered paragraph, bullet, table row, …). */
final class LineClassifier {
  private static final Pattern EDGE_SPACES = Pattern.compile("^ +| +$");
  /** "Inspection dates: 3–14 March": a label and its text, not a heading (unless {@link #LABELLED_HEADING}). */
  private static final Pattern LABEL_AND_TEXT = Pattern.compile("^[A-Z][\\w '’()/-]*:\\s+\\S.*");
  /** A heading worded as a label and its text: "Annex A: …", a joint inspection's "Case study: highly effective practice". */
  private static final Pattern LABELLED_HEADING = Pattern.compile("(?i)^(annex|appendix|part|case study)\\b.*");
  /**
   * A label at a line's start, a few words after a capital and a colon: a cover's "Report author:", a paper's
   * "Financial implications and risks:" over its paragraphs.
   */
  private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}\\d '’&,()/-]{2,60}:");
  private static final Pattern FIGURES_ONLY = Pattern.compile("^[\\d\\s.,%/:()£-]+$");

  static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰";
  /** The superscript digits in the order 0 to 9, to raise a digit by its value. */
  private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

  /** {@code digits} (0–9 only) as superscripts: how a text report prints a footnote's mark. */
  static String superscript(CharSequence digits) {
    StringBuilder out = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) out.append(SUPERSCRIPT_DIGITS.charAt(digits.charAt(i) - '0'));
    return out.toString();
  }

  /**
   * A heading with its section's judgement after a colon ({@link #GRADED_HEADING}), matched, or null: group 1 is the
   * heading, group 2 the grade.
   */
  static Matcher gradedHeading(String t) {
    // Every line is asked: only one with a colon that ends in a letter a grade word ends with goes to the pattern.
    if (t.length() < 8 || t.length() > 200 || t.indexOf(':') < 0) return null;
    char last = t.charAt(t.length() - 1);
    if ("dgteDGTE'’\"”".indexOf(last) < 0 || !Character.isUpperCase(t.charAt(0))) return null;
    Matcher m = GRADED_HEADING.matcher(t);
    return m.matches() ? m : null;
  }

  /**
   * Whether text ends a sentence, white space after it aside: on ".", "!" or "?", or on a full stop inside a closing
   * quotation mark (".”"). Without a copy of the text: the parser asks it of every paragraph as it grows.
   */
  static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
    if (i < 0) return false;
    char last = text.charAt(i);
    return ".!?".indexOf(last) >= 0 || "\"”'’".indexOf(last) >= 0 && i > 0 && text.charAt(i - 1) == '.';
  }

  /** Text that stops on a lower-case word ("… elected") was cut off, not finished. */
  static boolean endsMidSentence(CharSequence text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(text.length() - 1));
  }

  /** Whether {@code c} is one of {@link #SUPERSCRIPTS}: asked of every character of every paragraph, so by range. */
  static boolean isSuperscript(char c) {
    return c == '\u00b2' || c == '\u00b3' || c == '\u00b9' || c == '\u2070' || c >= '\u2074' && c <= '\u2079';
  }

  private static final Pattern NUMBERED = Pattern.compile("^(?:[-•]\\s+)?(\\d{1,3})\\.\\s+(\\S.*)$");
  /**
   * "3.2 Inspectors found …": councils' papers number paragraphs within sections. The text starts as a sentence does,
   * which "2.5 per cent of …" does not.
   */
  private static final Pattern DECIMAL_NUMBERED =
      Pattern.compile("^(" + ParagraphNumbers.DECIMAL + ")\\.?\\s+([\\p{Lu}‘'\"“(].*)$");
  /** "3.2\tInspectors found …": a word processor's tab after a paragraph's number is its hanging indent, not a cell. */
  private static final Pattern NUMBER_THEN_TAB = Pattern.compile("^(?:\\d{1,3}\\.|" + ParagraphNumbers.DECIMAL + "\\.?)\\t[^\\t]+$");
  private static final Pattern SUBNUMBERED_HEADING = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?\\s+\\S.*$");
  /**
   * The marks a list's items open with, beside a hyphen and a letter o: bullets, small squares and arrows, with
   * Symbol's and Wingdings' bullet, square, arrow and diamond as a word processor's PDF gives them, in the private use
   * area (U+F0B7 is Symbol's •). Not a tick, a cross or a filled box, which mark a judgement ({@link GradeScales#TICKS});
   * a disc does both, and a scale's line holds a grade word beside it.
   */
  static final String LIST_MARKS = "•▪●◦‣⁃➢➤\uF0B7\uF0A7\uF0D8\uF076";
  /** A list's mark, with Markdown's "*" and "+" ("* Leaders know the area well."). */
  private static final String BULLET_MARKS = "-o*+" + LIST_MARKS;
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[-o*+" + LIST_MARKS + "]\\s+(?:o\\s+)?(\\S.*)$");
  private static final Pattern FOOTNOTE = Pattern.compile("^[" + SUPERSCRIPTS + "]+\\s*\\S.*$");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
  /** A picture a converter to Markdown left in the text ("![](_page_3_Picture_1.jpeg)"): no words of the report. */
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  /** A comment a converter left ("<!-- image -->", "<!-- PageBreak -->"). */
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");
  /**
   * Markdown's escape of a character that would mark something ("1\. The council…" so as not to start a list, "\*"):
   * the character. Not a bar's, which parts a table's cells until {@link #pipeCells} has read them, nor a backslash's
   * (the seeds keep "fileName=\\APA\\apa_2007_201.pdf" in an address as it was set).
   */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("(?<!\\\\)\\\\([`*_{}\\[\\]()#+\\-.!])");
  private static final Pattern ANGLE_URL = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern GRADE_WORDS =
      Pattern.compile("(?i)^(?:\\s*(?:inadequate|adequate|good|outstanding|requires improvement)\\s*)+$");
  /**
   * "What needs to improve?", "What does the local authority need to improve?": the later frameworks head sections with
   * a short question. Only one that opens with a question's word is a heading; a line of prose that ends a question is
   * a sentence's end.
   */
  private static final Pattern QUESTION_HEADING = Pattern.compile(
      "^(?:What|How|Why|Where|Who|Which|When|Is|Are|Does|Do|Did|Can|Has|Have|Will|Should)\\s[^?]{3,80}\\?$");
  /** A line that only draws a rule, Markdown's "***" and "---" among them. */
  private static final Pattern RULE = Pattern.compile("^[-–—_=|:+*\\s]+$");
  private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(?:i|b|em|strong|u|span|sup|sub|font)\\b[^>]*>");
  /**
   * A line break a converter wrote inside a line ("reviewed<br>monthly"): a space between words. In a Markdown table's
   * cell it parts the cell's items ("| Stable placements.<br>Good health care. | … |"), as the seeds' extraction parts
   * them with paragraphs ({@link #pipeRowItems}).
   */
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)\\s*<br\\s*/?>\\s*");
  /**
   * "The experiences and progress of children in care and care leavers: good": the later frameworks print a section's
   * judgement after its heading. Group 1 is the heading, group 2 the grade.
   */
  private static final Pattern GRADED_HEADING = Pattern.compile(
      "^(\\p{Lu}[^:\\t]{3,160}?)\\s*:\\s*['‘\"“]?((?i:" + GradeResolver.PRINTED_GRADE + "))['’\"”]?$");
  /**
   * "chil- dren", "Sub- Committee": a word hyphenated at a line's end, whose line was joined to the next with a space.
   * The halves join; the hyphen stays, since a compound's own ("Sub-Committee") cannot be told from a break's.
   */
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\p{L})- (\\p{L})");

  private LineClassifier() {}

  static Line classify(SourceLine source) {
    String raw = source.text().replace('\u00a0', ' ').replace("\u200b", "");
    String text = clean(raw);
    if (!text.isEmpty() && firstIn(text, leadingSpaces(text), "|")) text = pipeCells(text);
    Integer page = source.page();
    // Each pattern below runs only when the line's first character could begin a match: every line passes here.
    if (text.isBlank()
        || (isPatternSpace(text.charAt(0)) || firstIn(text, 0, "-–—_=|:+*")) && RULE.matcher(text).matches()) {
      return new Line(Shape.BLANK, "", null, 0, page);
    }
    String trimmed = text.strip();
    if (isFormPrompt(trimmed)) return new Line(Shape.BLANK, "", null, 0, page);
    if (trimmed.startsWith("<p>") || trimmed.contains("<input")) return new Line(Shape.HTML_CELLS, trimmed, null, 0, page);
    if (trimmed.charAt(0) == '#') {
      Matcher marked = MARKDOWN_HEADING.matcher(trimmed);
      if (marked.matches()) {
        // A converter's heading ("## Being healthy"), marked as one whatever it looks like; a whole paragraph so marked
        // (a cover's blurb set large) is the text it is.
        String heading = marked.group(1);
        if (heading.length() <= MARKED_HEADING_LENGTH && !heading.contains("\t")) {
          return new Line(Shape.HEADING, headingCase(heading), null, 0, page);
        }
        text = heading;
        trimmed = heading;
      }
    }
    // Any tab is a cell boundary, a leading or trailing one too: "Strength one.\t" is a row whose other cell is empty.
    if (text.indexOf('\t') >= 0 && Character.isDigit(text.charAt(0)) && NUMBER_THEN_TAB.matcher(text).matches()) {
      text = text.replace('\t', ' ');
      trimmed = text.strip();
    }
    if (text.contains("\t")) return new Line(Shape.TABLE_ROW, EDGE_SPACES.matcher(text).replaceAll(""), null, 0, page);
    if (GradeScales.isTick(trimmed)) {
      return new Line(Shape.CHECK_MARK, trimmed, null, 0, page);
    }
    if (firstIn(trimmed, 0, "iIaAgGoOrR") && GRADE_WORDS.matcher(trimmed).matches()) {
      return new Line(Shape.GRADE_SCALE, trimmed, null, 0, page);
    }
    if (isSuperscript(trimmed.charAt(0)) && FOOTNOTE.matcher(trimmed).matches()) {
      return new Line(Shape.FOOTNOTE, trimmed, null, 0, page);
    }
    boolean digitFirst = firstIn(trimmed, 0, "0123456789");
    Matcher n = numbered(trimmed, digitFirst);
    if (n != null) {
      String body = n.group(2);
      // A whole number heads a section only when short ("2. Background"), since a report's numbered sentences can look
      // like headings; a section's own number ("3.1 The experiences and progress of children who need help and
      // protection") heads one however long, as a paragraph so numbered ends like a sentence.
      boolean heading = looksLikeHeading(body)
          && (words(body) <= 10 || body.equals(body.toUpperCase(Locale.ROOT)) || ParagraphNumbers.isDecimal(n.group(1)));
      if (heading) return new Line(Shape.HEADING, headingCase(trimmed.replaceFirst("^[-•]\\s+", "")), null, 0, page);
      return new Line(Shape.NUMBERED, body, n.group(1), 0, page);
    }
    if (trimmed.startsWith("■ ") && isSquaredItem(trimmed.substring(2).strip())) {
      return new Line(Shape.BULLET, trimmed.substring(2).strip(), null, leadingSpaces(text) > 0 ? 1 : 0, page);
    }
    Matcher b = firstIn(text, leadingSpaces(text), BULLET_MARKS) ? BULLET.matcher(text) : null;
    if (b != null && b.matches()) {
      int indent = b.group(1).isEmpty() ? 0 : 1;
      if (trimmed.startsWith("- o ") || trimmed.startsWith("o ")) indent = 2;
      return new Line(Shape.BULLET, b.group(2), null, indent, page);
    }
    if (digitFirst && SUBNUMBERED_HEADING.matcher(trimmed).matches() && looksLikeHeading(trimmed)) {
      return new Line(Shape.HEADING, headingCase(trimmed), null, 0, page);
    }
    if (looksLikeHeading(trimmed) || gradedHeading(trimmed) != null) return new Line(Shape.HEADING, headingCase(trimmed), null, 0, page);
    return new Line(Shape.TEXT, trimmed, null, 0, page);
  }

  /**
   * A line that was taken for a numbered heading ("3.1 The experiences and progress of …") read as the numbered
   * paragraph it turned out to be, once the next line showed that its sentence goes on; null for a heading without a
   * number.
   */
  static Line asNumberedParagraph(Line heading) {
    String t = heading.text();
    Matcher n = t.isEmpty() ? null : numbered(t, Character.isDigit(t.charAt(0)));
    return n == null ? null : new Line(Shape.NUMBERED, n.group(2), n.group(1), 0, heading.page());
  }

  /**
   * Whether what follows a filled square is a list's item: a filled square ticks a grade in a scale ("■ Good"), and
   * marks the items of a list in some reports' house style ("■ The quality of pathway plans …"), where words follow it
   * and no grade does.
   */
  private static boolean isSquaredItem(String rest) {
    return words(rest) >= 3 && !GRADE_FIRST.matcher(rest).lookingAt();
  }

  private static final Pattern GRADE_FIRST = Pattern.compile("(?i)(?:" + GradeResolver.PRINTED_GRADE + ")\\b");

  /** The line's paragraph number and text matched ("23. …", "3.2 …"), or null. */
  private static Matcher numbered(String trimmed, boolean digitFirst) {
    if (!digitFirst && !firstIn(trimmed, 0, "-•")) return null;
    Matcher n = NUMBERED.matcher(trimmed);
    if (n.matches()) return n;
    if (!digitFirst) return null;
    n = DECIMAL_NUMBERED.matcher(trimmed);
    return n.matches() ? n : null;
  }

  /** Whether the character of {@code s} at {@code at} is one of {@code chars}. */
  private static boolean firstIn(String s, int at, String chars) {
    return at < s.length() && chars.indexOf(s.charAt(at)) >= 0;
  }

  /** How many characters of the pattern class \\s the line begins with. */
  private static int leadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && isPatternSpace(s.charAt(i))) i++;
    return i;
  }

  /**
   * A form's prompt that a word processor prints where the reader of the file would hover or click: a template's
   * "Hover here for guidance" (its tooltip is not printed; text extraction gives it as a link to "#", which {@link
   * #clean} drops), an empty field's "Click here to enter text.". Not the report's words, and no heading.
   */
  static boolean isFormPrompt(String line) {
    // Every line is asked: only a short one that starts as a prompt does is matched.
    if (line.isEmpty() || line.length() > 60) return false;
    int first = line.charAt(0) | 0x20;
    return (first == 'h' || first == 'c') && FORM_PROMPT.matcher(line).matches();
  }

  private static final Pattern FORM_PROMPT = Pattern.compile(
      "(?i)hover (?:here|over (?:this|here))(?: for)? guidance\\b.*|click (?:or tap )?here to enter (?:text|a date)\\.?");

  /** Undo what extraction does to words: markdown emphasis and links, broken hyphenation, runs of spaces. */
  static String clean(String raw) {
    // Every line of every report passes here: each pattern runs only when its tell-tale character is present.
    String s = raw.contains("**") ? raw.replace("**", "") : raw;
    if (s.indexOf('<') >= 0) {
      if (s.contains("<!--")) s = HTML_COMMENT.matcher(s).replaceAll("");
      if (hasLineBreak(s)) {
        s = isPipeRow(s) ? pipeRowItems(s) : LINE_BREAK.matcher(s).replaceAll(" ");
      }
      s = INLINE_TAG.matcher(s).replaceAll("");
      s = ANGLE_URL.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('\\') >= 0) s = MARKDOWN_ESCAPE.matcher(s).replaceAll("$1");
    if (s.contains("](")) {
      if (s.contains("![")) s = MARKDOWN_IMAGE.matcher(s).replaceAll("");
      s = MARKDOWN_LINK.matcher(s).replaceAll(m -> "#".equals(m.group(2)) ? "" : Matcher.quoteReplacement(m.group(1)));
    }
    if (hasBrokenHyphen(s)) s = BROKEN_HYPHEN.matcher(s).replaceAll("$1-$2");
    if (s.contains("  ")) s = SPACES.matcher(s).replaceAll(" ");
    // Trailing tabs stay: "Strength.\t" is a table row whose other cell is empty.
    int end = s.length();
    while (end > 0 && " \r\n\f".indexOf(s.charAt(end - 1)) >= 0) end--;
    return end == s.length() ? s : s.substring(0, end);
  }

  private static final Pattern SPACES = Pattern.compile("[ ]{2,}");
  /** A Markdown table's line under its header row ("|---|:---:|"), which draws the rule and holds no text. */
  private static final Pattern PIPE_TABLE_RULE = Pattern.compile("^\\s*\\|?(?:\\s*:?-{2,}:?\\s*\\|)+\\s*(?::?-{2,}:?\\s*)?$");

  /** Whether a source line is a Markdown table's rule under its header ({@link #PIPE_TABLE_RULE}): no line of the report. */
  static boolean isPipeTableRule(String line) {
    int i = leadingSpaces(line);
    return i < line.length() && (line.charAt(i) == '|' || line.charAt(i) == ':' || line.charAt(i) == '-')
        && line.indexOf('|') >= 0 && PIPE_TABLE_RULE.matcher(line).matches();
  }

  /**
   * A row of a table as a converter to Markdown writes it ("| Safeguarding | 4 |") as the seeds' extraction gives one,
   * its cells parted by tabs ("Safeguarding\t4"); a line that only starts with a bar is left as it is.
   */
  static String pipeCells(String line) {
    if (!isPipeRow(line)) return line;
    String t = line.strip();
    String[] cells = CELL_BAR.split(t.substring(1, t.length() - 1), -1);
    if (cells.length < 2) return cells[0].strip();
    StringBuilder row = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) row.append('\t');
      row.append(cells[c].strip().replace("\\|", "|"));
    }
    return row.toString();
  }

  /** Whether a line holds a line break's tag ({@link #LINE_BREAK}), in either case. */
  private static boolean hasLineBreak(String s) {
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, "<br", 0, 3)) return true;
    }
    return false;
  }

  /** A bar that parts a Markdown table's cells: not one escaped as a cell's text ("Either \\| or"). */
  private static final Pattern CELL_BAR = Pattern.compile("(?<!\\\\)\\|");

  /** Whether a line is a row of a Markdown table: it opens and closes with a bar. */
  private static boolean isPipeRow(String line) {
    String t = line.strip();
    return t.length() >= 2 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|';
  }

  /**
   * A Markdown table's row whose cells hold several items parted by line breaks ("| Stable placements.<br>Good health
   * care. | … |") with each such cell's items as the seeds' extraction gives them ("<p>Stable placements.</p> <p>Good
   * health care.</p>"), so that each item is a line of its column's paragraph ({@link HtmlCells}), not run together.
   */
  static String pipeRowItems(String row) {
    String[] cells = CELL_BAR.split(row, -1);
    StringBuilder out = new StringBuilder(row.length() + 32);
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) out.append('|');
      String[] items = LINE_BREAK.split(cells[c].strip(), -1);
      if (items.length < 2) {
        out.append(cells[c]);
        continue;
      }
      out.append(' ');
      for (String item : items) {
        if (!item.isBlank()) out.append("<p>").append(item.strip()).append("</p> ");
      }
    }
    return out.toString();
  }

  /** A heading as a converter to Markdown marks it: one to six hashes and a space ("## Being healthy", "# Contents #"). */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(\\S.*?)(?:\\s+#+)?$");
  /** As long as a line marked as a heading is taken to be one: a heading in capitals may run to this. */
  private static final int MARKED_HEADING_LENGTH = 200;

  /**
   * Whether {@link #BROKEN_HYPHEN} can match: a letter, "- ", then a letter. Every bullet line holds "- ",
   * so this look comes before the pattern runs.
   */
  static boolean hasBrokenHyphen(String s) {
    for (int i = s.indexOf("- "); i >= 0; i = s.indexOf("- ", i + 1)) {
      if (i > 0 && i + 2 < s.length() && Character.isLetter(s.codePointAt(i + 2))) {
        // Code points, not chars: either letter may lie outside the BMP, as the pattern reads them.
        if (Character.isLetter(Character.codePointBefore(s, i))) return true;
      }
    }
    return false;
  }

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "of", "and", "the", "to", "for", "in", "with", "a", "an", "or", "by", "on", "at", "from", "that", "which", "is", "are", "as");

  /** Whether a line opens with a label ({@link #LABEL}): "Report author: Chris Pelham". */
  static boolean startsWithLabel(String line) {
    return LABEL.matcher(line).lookingAt();
  }

  /** Whether a line is a label and nothing else: "Financial implications and risks:". */
  static boolean isLabelAlone(String line) {
    Matcher m = LABEL.matcher(line);
    return m.lookingAt() && m.end() == line.length();
  }

  /** Whether a word is one of the small words a sentence runs on with ("and", "of", "the"). */
  static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word);
  }

  /**
   * Whether the last word, after white space (the pattern class \\s), is a function word: "… the lessons of" is a cut
   * sentence. Asked of every line that might be a heading, so without a pattern that would scan the whole line.
   */
  static boolean endsWithFunctionWord(String t) {
    int i = t.length() - 1;
    while (i >= 0 && !isPatternSpace(t.charAt(i))) i--;
    return i >= 0 && FUNCTION_WORDS.contains(t.substring(i + 1));
  }

  /** The characters of the pattern class \\s: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /**
   * A heading is short, starts with a capital or a number, and does not end like a sentence or a clause.
   * Sentences that happen to be short end with a full stop in these reports, so the rule holds well.
   */
  static boolean looksLikeHeading(String s) {
    return looksLikeHeading(s, false);
  }

  /**
   * A heading too long for {@link #looksLikeHeading(String)}, which only its place can tell from a sentence cut short
   * (an area SEND inspection's "The effectiveness of the local area in identifying children and young people who have
   * special educational needs and/or disabilities", over its "Strengths"): as long as a heading in capitals may be,
   * and with no sentence's or clause's break inside it.
   */
  static boolean looksLikeLongHeading(String s) {
    String t = s.strip();
    return looksLikeHeading(t, true) && !NO_LONG_HEADING.matcher(t).find() && hasFewCapitals(t);
  }

  /**
   * Whether at most a third of the words after the first start with a capital, as a heading set in sentence case
   * has them; not a run of names ("Audit Commission Healthcare Commission HM Crown Prosecution Service …").
   */
  private static boolean hasFewCapitals(String t) {
    int words = 0, capitals = 0;
    for (int i = 1; i < t.length(); i++) {
      if (isPatternSpace(t.charAt(i - 1)) && !isPatternSpace(t.charAt(i))) {
        words++;
        if (Character.isUpperCase(t.charAt(i))) capitals++;
      }
    }
    return capitals * 3 <= words;
  }

  /**
   * What a long heading has none of: a full stop, semicolon, colon or comma before a space (two sentences, a label
   * and its text, a clause), a figure, or a quotation mark (a source's title cited in a note).
   */
  private static final Pattern NO_LONG_HEADING = Pattern.compile("[.;:,]\\s|\\d|[\"“”‘]|(?:^|\\s)'");

  private static boolean looksLikeHeading(String s, boolean long_) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    boolean capitals = long_ || !hasAsciiLowerCase(t) && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter);
    if (t.length() > (capitals ? 200 : 110)) return false;
    char first = t.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first))) return false;
    char last = t.charAt(t.length() - 1);
    if (".,;:!\"”'’-–".indexOf(last) >= 0) return false;
    if (last == '?' && !QUESTION_HEADING.matcher(t).matches()) return false;
    if (endsWithFunctionWord(t)) return false; // "… the lessons of" is a cut sentence, not a heading
    if (t.contains("@") || t.contains("www.") || t.contains("http") || t.contains("©")) return false;
    if (LABEL_AND_TEXT.matcher(t).matches() && !LABELLED_HEADING.matcher(t).matches()) return false;
    if (words(t) > (capitals ? 30 : 16)) return false;
    return !FIGURES_ONLY.matcher(t).matches();
  }

  /**
   * Whether {@code s} holds a letter a–z, which upper-casing changes: then it is not in capitals, and the copy in
   * capitals need not be made. Every line is asked whether it looks like a heading, and that copy of every line of
   * prose was a twelfth of parsing.
   */
  static boolean hasAsciiLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') return true;
    }
    return false;
  }

  /** Headings printed in capitals read better, and facet better, in sentence case. */
  static String headingCase(String heading) {
    String letters = lettersOf(heading);
    if (letters.length() < 4 || !letters.equals(letters.toUpperCase(Locale.ROOT))) return heading;
    String lower = heading.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower);
    for (int i = 0; i < out.length(); i++) {
      if (Character.isLetter(out.charAt(i))) {
        out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        break;
      }
    }
    // A part's letter or numeral is a name ("Part B", "Annex C", "Part IV"), and what follows its colon a title.
    String result = PART_NAME.matcher(out).replaceFirst(m -> Matcher.quoteReplacement(m.group(1)
        + m.group(2).toUpperCase(Locale.ROOT) + (m.group(3) == null ? "" : m.group(3) + m.group(4).toUpperCase(Locale.ROOT))));
    // Keep acronyms the reports spell in capitals.
    for (int i = 0; i < ACRONYMS.size(); i++) result = ACRONYM_WORDS.get(i).matcher(result).replaceAll(ACRONYMS.get(i));
    // And names ("Kent Safeguarding Children Board", "Care Quality Commission", "May 2017").
    return ProperNames.restore(result);
  }

  private static final Pattern PART_NAME =
      Pattern.compile("^(\\W*(?i:part|annex|appendix|section)\\s+)([a-z]|[ivx]+|\\d+)\\b(?:(\\s*[:.–—-]\\s*)(\\p{L}))?");
  private static final List<String> ACRONYMS =
      List.of("CAMHS", "SEND", "LSCB", "CIN", "LAC", "CLA", "UASC", "SIF", "DCCS", "CoL", "ALDCS", "ILACS", "JTAI", "APA",
          "NEET", "CSE", "EHCP", "IRO", "YOT", "LADO", "SEN", "SENCO");
  /** Each acronym as a whole word in any case, compiled once rather than for every heading. */
  private static final List<Pattern> ACRONYM_WORDS =
      ACRONYMS.stream().map(a -> Pattern.compile("(?i)\\b" + a + "\\b")).toList();

  /** The letters of {@code s} (code points of \\p{L}), everything else dropped. */
  static String lettersOf(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) out.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** How many words a line has that starts with one: {@code split("\\s+").length}, without a regular expression. */
  private static int words(String t) {
    int words = 0;
    for (int i = 0; i < t.length(); i++) {
      if (!isPatternSpace(t.charAt(i)) && (i == 0 || isPatternSpace(t.charAt(i - 1)))) words++;
    }
    return Math.max(words, 1);
  }
}
