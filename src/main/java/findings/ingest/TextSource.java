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
    int page = 1;
    // Lines end at \n, \r\n or \r; a form feed ends the line and the page. Split by hand: a regular expression
    // split here was a twentieth of all indexing time.
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\f';
      if (c != '\n' && c != '\r' && c != '\f') continue;
      String line = text.substring(start, i);
      // "Page 24" where a page ended in text whose pages were not kept: not the report's text.
      if (!PageFurniture.isNamedPageNumber(line)) lines.add(new SourceLine(line, paged ? page : null));
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
      if (c == '\f') page++;
      start = i + 1;
    }
    joinLoneMarks(lines);
    joinCellBlocks(lines);
    return paged ? withoutRunningLines(lines, page - 1) : lines; // the end of the text counted as one more page
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
      Pattern.compile("^\\s*(?:\\d{1,3}\\.|" + ParagraphNumbers.DECIMAL + "\\.?|[•▪●◦·\\uF0B7\\uF0A7])\\s*$");

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
