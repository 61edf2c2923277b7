package findings.ingest;

import findings.model.Grade;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text report into lines. Text has pages only where it kept the PDF's (a form feed between pages, as pdftotext
 * writes): then each page's running header, footer and number go, and its footnotes are marked as a text report marks
 * them.
 */
public final class TextSource {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextSource() {}

  public static List<SourceLine> read(Path file, byte[] bytes) throws RejectedFileException {
    String text = decode(bytes);
    if (text.indexOf('\0') >= 0) throw new RejectedFileException(file, "binary content, not a text report");
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    // A form feed is how text extractors (pdftotext) mark a page break: keep the pages when they are there.
    boolean paged = text.indexOf('\f') >= 0;
    List<SourceLine> lines = new ArrayList<>();
    int spaced = 0; // lines with a run of spaces between words
    int page = 1;
    // Lines end at \n, \r\n or \r; a form feed ends the line and the page. Split by hand: a regular expression
    // split here was a twentieth of all indexing time.
    int start = 0;
    int n = text.length();
    // Where no line ends in \r and no page in \f (most text), the next line's end is the next \n: found by indexOf,
    // which the JIT makes a vector search, where reading a character at a time was a fifteenth of parsing.
    boolean newlinesOnly = !paged && text.indexOf('\r') < 0;
    for (int i = 0; i <= n; i++) {
      if (newlinesOnly) {
        i = text.indexOf('\n', i);
        if (i < 0) i = n;
      }
      char c = i < n ? text.charAt(i) : '\f';
      if (c != '\n' && c != '\r' && c != '\f') continue;
      String line = text.substring(start, i);
      if (line.indexOf("   ") >= 0) {
        int[] runs = new int[1];
        cellsApart(line, runs);
        if (runs[0] > 0) spaced++;
      }
      // "Page 24" where a page ended in text whose pages were not kept: not the report's text.
      if (!PageFurniture.isNamedPageNumber(line)) lines.add(new SourceLine(line, paged ? page : null));
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
      if (c == '\f') page++;
      start = i + 1;
    }
    // Text laid out in columns with spaces (pdftotext -layout) sets many lines so; a typist's odd run of spaces is not.
    if (spaced >= LAID_OUT_LINES) {
      lines.replaceAll(l -> new SourceLine(cellsApart(l.text()), l.page()));
      joinLaidOutRows(lines);
      markLaidOutItems(lines);
      levelLaidOutBullets(lines);
    }
    joinLoneMarks(lines);
    joinCellBlocks(lines);
    return paged ? withoutRunningLines(lines, page - 1) : lines; // the end of the text counted as one more page
  }

  /** How many lines with a run of spaces between words show a text laid out in columns. */
  private static final int LAID_OUT_LINES = 3;

  /**
   * The line with each run of three or more spaces between its words made a tab: text laid out in columns with spaces
   * ({@code pdftotext -layout}) sets a table's cells so apart, where other extractions give a tab. Prose never has such
   * a run between words; a line's indent is left as it is.
   */
  static String cellsApart(String line) {
    return cellsApart(line, new int[1]);
  }

  /** {@link #cellsApart(String)}, counting in {@code laidOut} the runs that are a layout's: a cell's or an indent's. */
  private static String cellsApart(String line, int[] laidOut) {
    int run = line.indexOf("   ");
    if (run < 0) return line;
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') i++; // the indent
    for (; i < line.length(); i++) {
      if (line.charAt(i) != ' ') continue;
      int end = i;
      while (end < line.length() && line.charAt(end) == ' ') end++;
      if (end - i >= 3 && end < line.length()) {
        if (out == null) out = new StringBuilder(line.length());
        // After a paragraph's number or a bullet alone, the run is the hanging indent a tab stop set; after a sentence's
        // end, before the next, it is a typist's wide gap: a space.
        boolean mark = LONE_MARK.matcher(line.substring(0, i)).matches();
        boolean sentence = ".?!".indexOf(line.charAt(i - 1)) >= 0 && Character.isUpperCase(line.charAt(end));
        out.append(line, copied, i).append(mark || sentence ? ' ' : '\t');
        if (mark || !sentence) laidOut[0]++;
        copied = end;
      }
      i = end - 1;
    }
    if (out == null) return line;
    return out.append(line, copied, line.length()).toString();
  }

  /**
   * Text laid out in columns sets a blank line between a table's rows: a blank line between a row (and the lines of
   * its cells that wrapped, indented under it) and a row of as many cells is not the table's end.
   */
  private static void joinLaidOutRows(List<SourceLine> lines) {
    // A judgement's row whose area ran up to its grade, the gap between them squeezed to a space, among rows of an
    // area and a grade: the grade is its cell.
    int gradeRow = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.indexOf('\t') >= 0) {
        gradeRow = cells(t) == 2 && lastGradeCell(t) ? i : -1;
        continue;
      }
      if (t.isBlank() || gradeRow < 0) continue;
      String row = leadingSpaces(t) > 0 && i - gradeRow <= 4 ? gradeApart(t) : null;
      if (row == null) {
        if (leadingSpaces(t) == 0) gradeRow = -1;
        continue;
      }
      lines.set(i, new SourceLine(row, lines.get(i).page()));
      gradeRow = i;
    }
    int lastRow = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.indexOf('\t') >= 0) {
        lastRow = i;
        continue;
      }
      boolean wrappedCell = lastRow >= 0 && !t.isBlank() && leadingSpaces(t) > 0;
      if (wrappedCell) continue;
      if (t.isBlank() && lastRow >= 0 && i + 1 < lines.size() && cells(lines.get(i + 1).text()) == cells(lines.get(lastRow).text())
          && cells(lines.get(lastRow).text()) > 1 && Objects.equals(lines.get(i + 1).page(), lines.get(lastRow).page())) {
        lines.remove(i--);
        continue;
      }
      lastRow = -1;
    }
  }

  /** Whether a row's last cell is a grade ("Requires improvement to be good"). */
  private static boolean lastGradeCell(String row) {
    return Grade.parse(row.substring(row.lastIndexOf('\t') + 1)).isPresent();
  }

  /** "Adoption performance Good" as "Adoption performance\tGood": the line's words, the grade they end with set apart. */
  static String gradeApart(String line) {
    List<String> words = List.of(line.strip().split(" "));
    for (int k = 1; k < words.size(); k++) {
      String grade = String.join(" ", words.subList(k, words.size()));
      if (GradeScales.isGradeWords(grade) && Grade.parse(grade).isPresent()) {
        return line.substring(0, leadingSpaces(line)) + String.join(" ", words.subList(0, k)) + "\t" + grade;
      }
    }
    return null;
  }

  private static int cells(String line) {
    return line.indexOf('\t') < 0 ? 1 : line.split("\t", -1).length;
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') n++;
    return n;
  }

  /**
   * A list whose marks were drawn, not printed, laid out in columns: its items stand indented under a line that ends
   * with a colon, one to a line. Each becomes an item ("- 12 children's centres"), as the PDF reader makes them.
   */
  private static void markLaidOutItems(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!t.strip().endsWith(":")) continue;
      int k = i + 1;
      if (k < lines.size() && lines.get(k).text().isBlank()) k++;
      int first = k;
      while (k < lines.size() && leadingSpaces(lines.get(k).text()) >= leadingSpaces(t) + 4
          && lines.get(k).text().indexOf('\t') < 0 && lines.get(k).text().strip().length() < 80) {
        k++;
      }
      if (k - first < 2) continue;
      for (int j = first; j < k; j++) {
        SourceLine item = lines.get(j);
        lines.set(j, new SourceLine("- " + item.text().strip(), item.page()));
      }
      i = k - 1;
    }
  }

  /** A bullet and its item's text, after the line's indent. */
  private static final Pattern LAID_OUT_BULLET = Pattern.compile("^( *)[" + LineClassifier.LIST_MARKS + "-] +\\S.*");

  /**
   * Text laid out in columns indents a list as the page does, so its items' indent is where the list stands, not how
   * deep it is nested: the list's least indented items are its first level, and only items further in are nested.
   */
  private static void levelLaidOutBullets(List<SourceLine> lines) {
    int i = 0;
    while (i < lines.size()) {
      if (!LAID_OUT_BULLET.matcher(lines.get(i).text()).matches()) {
        i++;
        continue;
      }
      // The list: its items, the lines of an item that wrapped (indented), and blank lines between them.
      int end = i;
      int least = Integer.MAX_VALUE;
      for (int k = i; k < lines.size(); k++) {
        String t = lines.get(k).text();
        boolean item = LAID_OUT_BULLET.matcher(t).matches();
        if (!item && !t.isBlank() && leadingSpaces(t) == 0) break;
        if (item) {
          least = Math.min(least, leadingSpaces(t));
          end = k;
        }
      }
      for (int k = i; k <= end; k++) {
        String t = lines.get(k).text();
        if (!LAID_OUT_BULLET.matcher(t).matches()) continue;
        String item = (leadingSpaces(t) > least ? "  " : "") + t.strip();
        lines.set(k, new SourceLine(item, lines.get(k).page()));
      }
      i = end + 1;
    }
  }

  /** Lines without the running headers, footers and page numbers at the edges of {@code pages} pages. */
  private static List<SourceLine> withoutRunningLines(List<SourceLine> lines, int pages) {
    List<List<String>> texts = new ArrayList<>();
    for (int p = 0; p < pages; p++) texts.add(new ArrayList<>());
    for (SourceLine l : lines) {
      String t = l.text().strip();
      if (!t.isEmpty()) texts.get(l.page() - 1).add(t);
    }
    Set<String> running = PageFurniture.runningLines(texts);
    List<SourceLine> out = new ArrayList<>(lines.size());
    int page = 0;
    int index = 0; // the line's place among its page's non-blank lines
    for (SourceLine l : lines) {
      if (l.page() != page) {
        page = l.page();
        index = 0;
      }
      String t = l.text().strip();
      if (t.isEmpty()) {
        out.add(l);
        continue;
      }
      if (!PageFurniture.isFurniture(t, index++, texts.get(page - 1).size(), running)) out.add(l);
    }
    raisePagesFootnotes(out);
    return out;
  }

  /** A paragraph's number or a list's mark with nothing after it: "12.", "3.2", "•". */
  private static final Pattern LONE_MARK =
      Pattern.compile("^\\s*(?:\\d{1,3}\\.|" + ParagraphNumbers.DECIMAL + "\\.?|[·" + LineClassifier.LIST_MARKS + "])\\s*$");

  /**
   * A word processor sets a paragraph's number or a bullet apart from its text, at a tab stop, and pdftotext gives the
   * mark a line of its own, a blank line, then the text ("1." / "" / "Children and families …"). The mark goes back
   * before its text, as the report prints it.
   */
  private static void joinLoneMarks(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.isEmpty() || t.length() > 12 || !LONE_MARK.matcher(t).matches()) continue;
      int next = i + 1;
      while (next < lines.size() && next <= i + 2 && lines.get(next).text().isBlank()) next++;
      if (next >= lines.size() || lines.get(next).text().isBlank() || LONE_MARK.matcher(lines.get(next).text()).matches()) continue;
      SourceLine text = lines.get(next);
      lines.set(i, new SourceLine(t.strip() + " " + text.text().strip(), text.page()));
      lines.subList(i + 1, next + 1).clear();
    }
  }

  /**
   * A judgements table as pdftotext gives it: every cell a block of its own, blank lines between, the header's two
   * cells first ("Judgement" / "Grade"), then each area's name (perhaps over two lines) and its grade (perhaps over two:
   * "Requires improvement to" / "be good"). The blocks become the table's rows, "area\tgrade", as the other
   * extractions give them.
   */
  private static void joinCellBlocks(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!isCell(lines, i, "judgement") && !isCell(lines, i, "judgements")) continue;
      int at = nextBlock(lines, i + 1);
      if (at < 0 || !isCell(lines, at, "grade")) continue;
      List<SourceLine> rows = new ArrayList<>();
      rows.add(new SourceLine(lines.get(i).text().strip() + "\t" + lines.get(at).text().strip(), lines.get(i).page()));
      int end = at + 1;
      while (true) {
        int nameAt = nextBlock(lines, end);
        if (nameAt < 0) break;
        int nameEnd = blockEnd(lines, nameAt);
        int gradeAt = nextBlock(lines, nameEnd);
        if (gradeAt < 0 || nameEnd - nameAt > 3) break;
        int gradeEnd = blockEnd(lines, gradeAt);
        String name = blockText(lines, nameAt, nameEnd);
        String grade = blockText(lines, gradeAt, gradeEnd);
        if (gradeEnd - gradeAt > 2 || Grade.parse(grade).isEmpty() || Grade.parse(name).isPresent()) break;
        rows.add(new SourceLine(name + "\t" + grade, lines.get(nameAt).page()));
        end = gradeEnd;
      }
      if (rows.size() < 3) continue; // the header and one row could be anything
      lines.subList(i, end).clear();
      lines.addAll(i, rows);
      i += rows.size() - 1;
    }
  }

  /** Whether line {@code i} is a block of one line that says {@code word}, and nothing else. */
  private static boolean isCell(List<SourceLine> lines, int i, String word) {
    String t = lines.get(i).text();
    return t.length() <= word.length() + 4 && t.strip().equalsIgnoreCase(word) && blockEnd(lines, i) == i + 1;
  }

  /** The first non-blank line at or after {@code from} after at least one blank line, or -1. */
  private static int nextBlock(List<SourceLine> lines, int from) {
    int k = from;
    while (k < lines.size() && lines.get(k).text().isBlank()) k++;
    return k > from && k < lines.size() ? k : -1;
  }

  /** Where the block of non-blank lines that starts at {@code from} ends (its last line's index plus one). */
  private static int blockEnd(List<SourceLine> lines, int from) {
    int k = from;
    while (k < lines.size() && !lines.get(k).text().isBlank()) k++;
    return k;
  }

  private static String blockText(List<SourceLine> lines, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) out.append(k > from ? " " : "").append(lines.get(k).text().strip());
    return out.toString();
  }

  private static final Pattern NOTE_NUMBER = Pattern.compile("\\d{1,2}");

  /**
   * A page's footnotes as pdftotext gives them, at the page's foot: the note's number on a line of its own, then its
   * text; and the mark in the text above glued to the word or stop before it ("… timely decisions.1"). Each becomes
   * the superscript a text report's footnotes have ("¹ Working together …", "decisions.¹"), which the parser knows.
   */
  /** A footnote at a page's foot whose number is glued to its text's first word: "1Norfolk cared for …". */
  private static final Pattern GLUED_NOTE = Pattern.compile("^(\\d{1,2})(\\p{Lu}\\p{Ll}+\\b.*)$");

  private static void raisePagesFootnotes(List<SourceLine> lines) {
    int pageStart = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size() && lines.get(i).page().equals(lines.get(pageStart).page())) continue;
      raiseFootnotes(lines.subList(pageStart, i));
      pageStart = i;
    }
  }

  private static void raiseFootnotes(List<SourceLine> page) {
    int seen = 0; // non-blank lines from the page's foot
    for (int i = page.size() - 1; i >= 0 && seen < 8; i--) {
      String t = page.get(i).text().strip();
      if (t.isEmpty()) continue;
      seen++;
      Matcher glued = GLUED_NOTE.matcher(t);
      if (glued.matches()) {
        // "1Norfolk cared for …": a footnote whose number a word processor set on its line, glued to its text. No line
        // of a report's text starts so; its mark in the text may stand on the next page, so none is looked for.
        page.set(i, new SourceLine(LineClassifier.superscript(glued.group(1)) + " " + glued.group(2), page.get(i).page()));
        continue;
      }
      if (!NOTE_NUMBER.matcher(t).matches()) continue;
      int note = i + 1;
      while (note < page.size() && page.get(note).text().isBlank()) note++;
      if (note == page.size() || !Character.isLetter(page.get(note).text().strip().codePointAt(0))) continue;
      String raised = LineClassifier.superscript(t);
      int mark = markAbove(page, i, t);
      if (mark < 0) continue; // a number with nothing in the text that points to it is not a footnote's
      SourceLine noteLine = page.get(note);
      page.set(note, new SourceLine(raised + " " + noteLine.text().strip(), noteLine.page()));
      page.set(i, new SourceLine("", page.get(i).page()));
    }
  }

  /** Raises the footnote mark {@code number} in the lines above {@code before}, glued to a word or stop; its line or -1. */
  private static int markAbove(List<SourceLine> page, int before, String number) {
    Pattern glued = Pattern.compile("(?<=[\\p{L}.,;:)’”'\"])" + number + "(?!\\d)");
    for (int i = 0; i < before; i++) {
      SourceLine l = page.get(i);
      Matcher m = glued.matcher(l.text());
      if (m.find()) {
        String text = l.text().substring(0, m.start()) + LineClassifier.superscript(number) + l.text().substring(m.end());
        page.set(i, new SourceLine(text, l.page()));
        return i;
      }
    }
    return -1;
  }


  public static byte[] readBytes(Path file) throws RejectedFileException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RejectedFileException(file, "file disappeared before it could be read");
    } catch (IOException e) {
      throw new RejectedFileException(file, "cannot read file: " + e.getMessage(), e);
    }
  }

  /**
   * UTF-16 when the bytes start with its byte-order mark (Notepad's "Unicode"); UTF-8 when they are valid UTF-8;
   * otherwise Windows-1252, what old Word exports on English machines wrote.
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return new String(bytes, StandardCharsets.UTF_16); // takes the byte order from the mark, and drops the mark
    }
    // The String constructor's decoding is the JDK's fastest, and it marks each malformed sequence with U+FFFD: text
    // without one was valid UTF-8 and decodes the same strictly. Only text with one (malformed, or a U+FFFD of its
    // own) goes through the strict decoder, which tells them apart. The decoder's copy of every report through a
    // CharBuffer was a twentieth of parsing.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return lenient;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
