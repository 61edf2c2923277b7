package findings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF report into lines with page numbers, in the same shape as a text report: one line per paragraph or
 * list item, blank lines between paragraphs, tabs between table cells, and running headers, footers and page
 * numbers removed. The layout decides: a wider gap than the usual line spacing ends a paragraph, a line that stops
 * well short of the right margin ends one too, and a wide gap between words on a line is a cell boundary. A page set
 * in two columns is read a column at a time ({@link PageColumns}).
 */
public final class PdfSource {
  private static final Pattern ITEM_START =
      Pattern.compile("^(?:[-" + LineClassifier.LIST_MARKS + "]\\s|\\d{1,3}\\.\\s|" + ParagraphNumbers.DECIMAL + "\\.?\\s+\\p{Lu}|[" + LineClassifier.SUPERSCRIPTS + "])");

  /** How far in from the margin, in points, the items of a list stand: a quarter of an inch to about an inch. */
  private static final float MIN_ITEM_INDENT = 14f;
  private static final float MAX_ITEM_INDENT = 72f;

  /**
   * A paragraph's printed number or a list's mark, alone: "12.", "3.2", "(a)", "iv)", "•", "o" (a word processor's second
   * level), Symbol's and Wingdings' bullets. Not a dash: a table's empty cell is often one.
   */
  private static final Pattern LIST_MARK =
      Pattern.compile("^\\s*(?:\\d{1,3}\\.|" + ParagraphNumbers.DECIMAL + "\\.?|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|[·o" + LineClassifier.LIST_MARKS + "])\\s*$");

  /**
   * One printed line: its text and where it stands on the page; where each cell after a tab begins; and the gaps
   * between words wider than a space that were not taken for columns, which a table's other rows may show to be.
   */
  record PdfLine(String text, float top, float left, float right, float height, List<Float> cellStarts, List<WideGap> wideGaps) {
    boolean isRow() {
      return text.indexOf('\t') >= 0;
    }
  }

  /** A space in a line's text at {@code at}, before a word that begins at {@code x}. */
  record WideGap(int at, float x) {}

  private PdfSource() {}

  public static List<SourceLine> read(Path file, byte[] bytes) throws RejectedFileException {
    List<List<List<PdfLine>>> pages;
    Set<List<PdfLine>> asides;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (!doc.getCurrentAccessPermission().canExtractContent()) {
        throw new RejectedFileException(file, "PDF forbids text extraction (its permissions deny copying)");
      }
      LineCollector collector = new LineCollector(Float.NaN, Float.NaN);
      collector.getText(doc);
      pages = collector.pages;
      asides = collector.asides;
      // A page before the first in columns that could not show its columns alone (its paragraphs unspaced, its lines
      // beside each other on one grid) is read again, knowing where the report's gutter stands.
      if (!Float.isNaN(collector.gutter)) {
        for (int[] undecided : collector.undecided) {
          LineCollector again = new LineCollector(collector.gutter, collector.second);
          again.setStartPage(undecided[1]);
          again.setEndPage(undecided[1]);
          again.getText(doc);
          if (again.pages.size() == 1) {
            pages.set(undecided[0], again.pages.get(0));
            collector.asides.addAll(again.asides);
          }
        }
      }
    } catch (InvalidPasswordException e) {
      throw new RejectedFileException(file, "encrypted PDF: it needs a password to open", e);
    } catch (IOException e) {
      throw new RejectedFileException(file, "not a readable PDF (" + e.getMessage() + ")", e);
    }
    if (pages.stream().flatMap(List::stream).allMatch(b -> b.stream().allMatch(l -> l.text().isBlank()))) {
      throw new RejectedFileException(file, "PDF has no text layer (a scanned document?): it needs OCR before it can be indexed");
    }
    return toLines(pages, asides);
  }

  /**
   * The pages' lines as the parser's lines. Each page is given as its blocks, read one after another: one block, or
   * the stretches and columns of a page set in columns ({@link PageColumns}), each laid out on its own.
   */
  static List<SourceLine> toLines(List<List<List<PdfLine>>> pages, Set<List<PdfLine>> asides) {
    // A page's header and footer are its first and last lines as printed, top to bottom, whichever column they
    // stand over: a page of one block as read (its blank lines counted, as they always were), one of columns sorted.
    List<List<PdfLine>> printedPages = new ArrayList<>();
    List<List<String>> texts = new ArrayList<>();
    for (List<List<PdfLine>> page : pages) {
      List<PdfLine> printed = page.size() > 1 ? inPrintedOrder(page) : page.get(0);
      printedPages.add(printed);
      texts.add(printed.stream().map(l -> l.text().strip()).filter(t -> !t.isEmpty()).toList());
    }
    Set<String> running = PageFurniture.runningLines(texts);
    List<SourceLine> out = new ArrayList<>();
    Flow flow = new Flow();
    List<Aside> asidesRead = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      int pageNo = p + 1;
      List<List<PdfLine>> page = pages.get(p);
      Map<PdfLine, Integer> printedAt = new IdentityHashMap<>();
      List<PdfLine> printed = printedPages.get(p);
      for (int i = 0; i < printed.size(); i++) printedAt.put(printed.get(i), i);
      List<List<PdfLine>> blocks = new ArrayList<>();
      List<Boolean> aside = new ArrayList<>();
      List<PdfLine> kept = new ArrayList<>();
      for (List<PdfLine> block : page) {
        List<PdfLine> lines = new ArrayList<>();
        for (PdfLine l : block) {
          String t = l.text().strip();
          if (t.isEmpty()) continue;
          if (PageFurniture.isFurniture(t, printedAt.get(l), printed.size(), running)) continue;
          lines.add(l);
        }
        if (lines.isEmpty()) continue;
        blocks.add(lines);
        aside.add(asides.contains(block));
        kept.addAll(lines);
      }
      if (kept.isEmpty()) continue;
      float spacing = typicalSpacing(kept);
      float bodyHeight = typicalHeight(kept);
      float besideLeft = Float.NaN; // the left and right edges of the block before, where the next may be its column's
      float besideRight = Float.NaN;
      for (int b = 0; b < blocks.size(); b++) {
        List<PdfLine> block = blocks.get(b);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (PdfLine l : block) {
          left = Math.min(left, l.left());
          right = Math.max(right, l.right());
        }
        // A column that holds only a list's items, drawn marks and all, has no line at its left edge: the edge is where
        // the column beside it has its own, a column's width along.
        if (left > besideRight && left - (besideLeft + right - besideRight) >= MIN_ITEM_INDENT) left = besideLeft + right - besideRight;
        if (aside.get(b)) {
          List<SourceLine> lines = new ArrayList<>();
          readBlock(block, left, spacing, bodyHeight, pageNo, new Flow(), lines);
          asidesRead.add(new Aside(lines, out.size()));
        } else {
          readBlock(block, left, spacing, bodyHeight, pageNo, flow, out);
        }
        besideLeft = left;
        besideRight = right;
      }
    }
    return withAsides(out, asidesRead);
  }

  /** A sidebar's lines, and how many of the text's lines had been read when it was. */
  private record Aside(List<SourceLine> lines, int readAt) {}

  /**
   * The text with each sidebar set in before the first heading after the place it was read, or at the end. Read where
   * it stands, a sidebar would cut the paragraph that runs on to the next page in two, and its own headings would
   * become the section of the text after it; before a heading, the text is between paragraphs, and the heading puts
   * it back in its own section.
   */
  private static List<SourceLine> withAsides(List<SourceLine> text, List<Aside> asides) {
    if (asides.isEmpty()) return text;
    List<SourceLine> out = new ArrayList<>(text.size() + asides.size() * 8);
    int next = 0;
    for (int i = 0; i < text.size(); i++) {
      // A heading after a blank line, not the first line of a paragraph that the next line goes on in lower case.
      boolean heading = i > 0 && text.get(i - 1).text().isEmpty() && !text.get(i).text().isEmpty()
          && (i + 1 == text.size() || text.get(i + 1).text().isEmpty() || !Character.isLowerCase(text.get(i + 1).text().charAt(0)))
          && LineClassifier.classify(text.get(i)).shape() == Line.Shape.HEADING;
      while (heading && next < asides.size() && asides.get(next).readAt() <= i) out.addAll(asides.get(next++).lines());
      out.add(text.get(i));
    }
    while (next < asides.size()) out.addAll(asides.get(next++).lines());
    return out;
  }

  /** The non-blank lines of a page as printed: in the order read, or top to bottom where it was read in columns. */
  private static List<PdfLine> inPrintedOrder(List<List<PdfLine>> blocks) {
    List<PdfLine> lines = new ArrayList<>();
    for (List<PdfLine> block : blocks) for (PdfLine l : block) if (!l.text().isBlank()) lines.add(l);
    if (blocks.size() > 1) lines.sort(Comparator.comparingDouble(PdfLine::top));
    return lines;
  }

  /**
   * One block of a page's lines as logical lines: paragraphs joined, table rows and list items on their own lines,
   * and a blank line after. {@code left} is the block's left edge.
   */
  private static void readBlock(List<PdfLine> lines, float left, float spacing, float bodyHeight, int pageNo, Flow flow,
      List<SourceLine> out) {
    float right = 0;
    for (PdfLine l : lines) right = Math.max(right, l.right());
    float width = right - left;
    float margin = rightMargin(lines);
    joinSpreadLines(lines, left, right);
    alignCells(lines);
    markFootnotes(lines, bodyHeight);
    mergeWrappedRows(lines, spacing);
    StringBuilder logical = null;
    PdfLine previous = null;
    String ended = flow.ended; // the logical line before this one
    float itemIndent = flow.itemIndent; // how far in from the block's left the items of a list without marks stand
    PdfLine lastRow = flow.lastRow; // the table row above, while a table runs (over a page break too)
    // Whether that table lists strengths and weaknesses, and whether the logical line being read is more of its first
    // cell, under its rows: a row of that cell alone, whose other cells are empty.
    boolean listTable = flow.listTable;
    boolean firstCell = false;
    for (PdfLine l : lines) {
      // A row keeps the tabs of its empty first and last cells, which say what column its text stands in.
      String t = l.isRow() ? EDGE_SPACES.matcher(l.text()).replaceAll("") : l.text().strip();
      // Lines set larger than the body text (a heading of two lines) are spaced wider in proportion: what is a gap
      // between lines of body text is the usual spacing between a heading's lines.
      float size = previous == null ? 1f : Math.max(1f, Math.min(l.height(), previous.height()) / bodyHeight);
      boolean gap = previous != null && l.top() - previous.top() > spacing * 1.4f * size;
      // A line that stops well short of the right edge ended there, unless it stops mid-sentence where the next line's
      // first word would not have fitted: a long word wraps early, more so in a narrow column.
      boolean previousShort = previous != null && (roomFor(l, previous, margin) || previous.right() < right - width * 0.15f
          && (!endsMidSentence(previous.text().strip()) || roomFor(l, previous, right)));
      boolean table = l.isRow() || previous != null && previous.isRow();
      // A sentence that ends with a number may wrap before it ("… until the age of" over "25. The City is …"): the
      // number at the line's start is not a paragraph's where the paragraph above, of more than a line (not a
      // heading), stops mid-sentence at the margin.
      boolean wrappedNumber = Character.isDigit(t.charAt(0)) && logical != null && logical.length() > previous.text().strip().length()
          && right - previous.right() < 3f && endsMidSentence(logical);
      boolean marked = ITEM_START.matcher(t).find() && !wrappedNumber;
      // The items of such a list are spaced a little apart, and each item's lines are not.
      boolean nextItem = previous != null && Math.abs(l.left() - left - itemIndent) < 1f && l.top() - previous.top() > spacing * 1.1f;
      // A paragraph keeps its type size: a line set a fifth larger or smaller than the one above starts anew (a title
      // over its subtitle, as wide as the block they stand in).
      boolean resized = previous != null && Math.abs(l.height() - previous.height()) > 0.2f * Math.min(l.height(), previous.height());
      boolean continues = logical != null && !gap && !previousShort && !table && !marked && !nextItem && !resized;
      if (continues) {
        logical.append(' ').append(t);
      } else {
        if (logical != null) {
          ended = logical.toString();
          out.add(new SourceLine(firstCell ? ended + "\t" : ended, pageNo));
        }
        // A bordered table pads its cells, which spaces its rows wider than lines: its rows stay one table.
        if (gap && !(l.isRow() && (previous.isRow() || wrappedCell(previous, lastRow)))) out.add(new SourceLine("", pageNo));
        // A list whose marks are drawn, not printed (a browser's bullets, a symbol font's without a character): its
        // items stand indented under a line that ends with a colon, each at the same place.
        float indent = l.left() - left;
        boolean item = !table && indent >= MIN_ITEM_INDENT && indent <= MAX_ITEM_INDENT && !ITEM_START.matcher(t).find()
            && (ended.endsWith(":") || Math.abs(indent - itemIndent) < 1f);
        itemIndent = item ? indent : Float.NaN;
        // The rest of a later cell of the row above that wrapped stands in that cell's column, as text extraction
        // gives it: after a tab for each cell before it ("\tdisabilities\t12").
        int column = wrappedColumn(l, lastRow);
        if (column < 0 && lastRow != null && GradeScales.isTick(t)) {
          // A mark alone under a table's row (a tick under one grade of a scale printed across) is a row of its own
          // whose other cells are empty: each cell its tab, the mark in the column it stands in ("\t✓\t\t").
          List<Float> columns = new ArrayList<>(List.of(lastRow.left()));
          columns.addAll(lastRow.cellStarts());
          int at = Math.max(0, nearestColumn(columns, l.left()));
          t = "\t".repeat(at) + t + "\t".repeat(columns.size() - 1 - at);
        }
        // A strengths table's first cell that runs on under its rows (past the cell beside it, or over a page) stays in
        // the table, its items and their sentences: not a list or a paragraph of the text's. Only straight under a row,
        // or under more of that cell: short lines apart from the table are its first column only as the parser reads
        // them.
        firstCell = column == 0 && !gap && listTable
            && (previous == null ? flow.endedInTable : firstCell || previous.isRow());
        logical = new StringBuilder(item ? "- " + t : column > 0 ? "\t".repeat(column) + t : t);
      }
      if (l.isRow()) {
        // A table after text is a new one, a list of strengths and weaknesses where its first row says so.
        boolean runsOn = previous == null ? flow.endedInTable : previous.isRow() || firstCell;
        listTable = listTable && runsOn || Tables.isKindHeader(l.text());
        lastRow = l;
      } else if (!wrappedCell(l, lastRow)) {
        lastRow = null;
      }
      if (lastRow == null || !l.isRow() && !firstCell) listTable = false;
      previous = l;
    }
    if (logical != null) out.add(new SourceLine(firstCell ? logical + "\t" : logical.toString(), pageNo));
    out.add(new SourceLine("", pageNo));
    // The next column or page goes on from here: a list runs on at its top.
    flow.ended = logical != null ? logical.toString() : ended;
    flow.itemIndent = itemIndent;
    flow.lastRow = lastRow;
    flow.listTable = listTable;
    flow.endedInTable = logical != null && (firstCell || logical.indexOf("\t") >= 0);
  }

  /**
   * What the blocks read so far leave to the next: the last logical line, where a list's items stand in it, and the table
   * it ended in, whose cells may go on at the top of the next page.
   */
  private static final class Flow {
    String ended = "";
    float itemIndent = Float.NaN;
    /** The table row the last block ended in: the next page's first lines may be the rest of its cells. */
    PdfLine lastRow;
    /** Whether that row's table lists strengths and weaknesses ({@link Tables#isKindHeader}). */
    boolean listTable;
    /** Whether the last block's last line was a row of that table or more of its first cell. */
    boolean endedInTable;
  }


  /**
   * Where the block's text lines end when full: the right edge that nine in ten of them reach no further than, so that
   * a long web address run past the margin does not move it.
   */
  private static float rightMargin(List<PdfLine> lines) {
    float[] rights = new float[lines.size()];
    for (int i = 0; i < rights.length; i++) rights[i] = lines.get(i).right();
    Arrays.sort(rights);
    return rights[(int) Math.floor((rights.length - 1) * 0.9)];
  }

  /**
   * Whether {@code above} stopped with room to spare for the first word of {@code line}: then it ended there, as an
   * item of a list or a paragraph does, and did not wrap. The word's width is reckoned from the line's own letters,
   * a third over, so that a word of wide letters is not taken to fit where it did not.
   */
  private static boolean roomFor(PdfLine line, PdfLine above, float right) {
    String t = line.text().strip();
    if (t.isEmpty() || line.isRow() || above.isRow()) return false;
    int word = t.indexOf(' ');
    if (word < 0) word = t.length();
    float letter = (line.right() - line.left()) / t.length();
    return above.right() + (word + 1) * letter * 1.3f < right;
  }

  /** Whether a line's text stops mid-sentence: after a lower-case word ({@link LineClassifier#endsMidSentence}) or a comma. */
  private static boolean endsMidSentence(CharSequence text) {
    return LineClassifier.endsMidSentence(text) || !text.isEmpty() && text.charAt(text.length() - 1) == ',';
  }

  /**
   * A justified line of two or three long words is spread from margin to margin, its one or two spaces as wide as a
   * table's gaps, too few to show they are all one width ({@code LineCollector#justified}). Standing where the line
   * above does (or at the block's left) and reaching the block's right edge, such a line is the paragraph's, not a
   * table's row, where the full line above stops mid-sentence or mid-word ("High-"), or the line below goes on with
   * its sentence in lower case.
   */
  private static void joinSpreadLines(List<PdfLine> lines, float left, float right) {
    for (int i = 1; i < lines.size(); i++) {
      PdfLine l = lines.get(i);
      PdfLine above = lines.get(i - 1);
      boolean aligned = Math.abs(l.left() - left) < 1.5f || Math.abs(l.left() - above.left()) < 1.5f;
      if (!l.isRow() || above.isRow() || !aligned || right - l.right() > 1.5f) continue;
      String before = above.text().strip();
      boolean goesOn = right - above.right() <= 1.5f && (endsMidSentence(before) || before.endsWith("-"));
      String after = i + 1 < lines.size() && !lines.get(i + 1).isRow() ? lines.get(i + 1).text().strip() : "";
      boolean goneOn = !after.isEmpty() && Character.isLowerCase(after.charAt(0));
      if (!goesOn && !goneOn) continue;
      String[] cells = l.text().split("\t");
      boolean words = true;
      for (String cell : cells) words &= cell.chars().anyMatch(Character::isLetter);
      if (!words) continue;
      lines.set(i, new PdfLine(l.text().replace('\t', ' '), l.top(), l.left(), l.right(), l.height(), List.of(), List.of()));
    }
  }

  /**
   * A table's cells are padded, so where a cell's text runs to its edge the gap to the next cell can be as narrow as
   * a justified line's spaces, and that row comes out as one cell ("Children looked after and achieving Good"). Its
   * neighbouring rows, whose gaps were wide, show where the table's columns begin: a wide gap in a line beside a row,
   * before a word that begins where a column of that row does, is a cell boundary too.
   */
  private static void alignCells(List<PdfLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      PdfLine l = lines.get(i);
      if (l.wideGaps().isEmpty()) continue;
      PdfLine above = i > 0 && lines.get(i - 1).isRow() ? lines.get(i - 1) : null;
      PdfLine below = i + 1 < lines.size() && lines.get(i + 1).isRow() ? lines.get(i + 1) : null;
      if (above == null && below == null) continue;
      StringBuilder text = null;
      for (WideGap g : l.wideGaps()) {
        boolean column = above != null && columnOf(above.cellStarts(), g.x()) >= 0 || below != null && columnOf(below.cellStarts(), g.x()) >= 0;
        if (!column) continue;
        if (text == null) text = new StringBuilder(l.text());
        text.setCharAt(g.at(), '\t');
      }
      if (text == null) continue;
      // The cells' starts in the order of the tabs: the line's own, and the gaps now taken for columns.
      List<Float> starts = new ArrayList<>();
      int own = 0;
      for (int at = 0; at < text.length(); at++) {
        if (text.charAt(at) != '\t') continue;
        Float x = null;
        for (WideGap g : l.wideGaps()) if (g.at() == at) x = g.x();
        starts.add(x != null ? x : own < l.cellStarts().size() ? l.cellStarts().get(own++) : l.right());
      }
      lines.set(i, new PdfLine(text.toString(), l.top(), l.left(), l.right(), l.height(), starts, List.of()));
    }
  }

  private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("^(\\d{1,2})\\s?(?=\\p{L})");

  /**
   * Footnotes stand at the foot of the page in smaller type, each after its number. Where the number is printed
   * raised it is a superscript already ({@code LineCollector#raiseFootnoteMarks}); a word processor may print it on
   * the line ("1Norfolk cared for …"), which would read as text glued to its number. The small lines below the last
   * line of body text that begin so get the superscript number a text report's footnotes have.
   */
  private static void markFootnotes(List<PdfLine> lines, float bodyHeight) {
    for (int i = lines.size() - 1; i >= 0 && lines.get(i).height() < bodyHeight * 0.9f; i--) {
      PdfLine l = lines.get(i);
      Matcher m = FOOTNOTE_NUMBER.matcher(l.text().strip());
      if (!m.find()) continue;
      String text = LineClassifier.superscript(m.group(1)) + " " + l.text().strip().substring(m.end());
      lines.set(i, new PdfLine(text, l.top(), l.left(), l.right(), l.height(), l.cellStarts(), List.of()));
    }
  }

  /**
   * A table whose cells wrap prints a row as several lines, each with a piece of every cell that wrapped ("Ongoing\tSee
   * Joint Strategic Needs" over "updates\tAssessment"), and pads its rows, so the gap between rows is wider than
   * between a cell's lines. Where a table shows such gaps, the lines between two gaps are one row: each piece joins the
   * cell of the column it stands in, and the row becomes one line. A table without those gaps is left as it is, since
   * its rows cannot be told from its cells' lines.
   */
  private static void mergeWrappedRows(List<PdfLine> lines, float spacing) {
    for (int start = 0; start < lines.size(); start++) {
      if (!lines.get(start).isRow()) continue;
      // The table: rows, and the lines right under them (no gap between) that stand in one of its columns.
      List<Float> columns = new ArrayList<>();
      columns.add(lines.get(start).left());
      int end = start;
      for (int i = start; i < lines.size(); i++) {
        PdfLine l = lines.get(i);
        if (l.isRow()) {
          // A row may start in a later column: its first cells empty, as a heading row over a column of names.
          if (columnOf(columns, l.left()) < 0) columns.add(l.left());
          for (float x : l.cellStarts()) if (columnOf(columns, x) < 0) columns.add(x);
        } else if (l.top() - lines.get(i - 1).top() > spacing * 1.2f) {
          break;
        } else if (columnOf(columns, l.left()) < 0) {
          // A cell's list hangs its items' marks left of their lines: a line a little right of a column's start is
          // the wrapped rest of an item in that column, once the cell beside it has ended.
          if (!hangsIn(columns, l.left())) break;
          columns.add(l.left());
        }
        end = i;
      }
      columns.sort(null);
      boolean gaps = false;
      for (int i = start + 1; i <= end; i++) gaps |= lines.get(i).top() - lines.get(i - 1).top() > spacing * 1.2f;
      if (!gaps) {
        start = end;
        continue;
      }
      int[] cellOf = cellsOfColumns(lines.subList(start, end + 1), columns);
      // Only a strengths and weaknesses table's cells are lists whose items are what the parser reads; a table of data
      // keeps each cell one text, whatever sentences it holds, so that its cells stay beside each other.
      boolean lists = Tables.isKindHeader(lines.get(start).text());
      List<PdfLine> merged = new ArrayList<>();
      int rowStart = start;
      for (int i = start + 1; i <= end + 1; i++) {
        if (i <= end && lines.get(i).top() - lines.get(i - 1).top() <= spacing * 1.2f) continue;
        merged.addAll(mergeRow(lines.subList(rowStart, i), columns, cellOf, lists));
        rowStart = i;
      }
      List<PdfLine> table = lines.subList(start, end + 1);
      table.clear();
      table.addAll(merged);
      start += merged.size() - 1;
    }
  }

  /** Spaces at a row's ends; its tabs there stay. */
  private static final Pattern EDGE_SPACES = Pattern.compile("^ +| +$");

  /** How far right of a list item's mark its text may stand: a word processor's hanging indent, a quarter inch or so. */
  private static final float HANGING_INDENT = 24f;

  /** Whether {@code x} stands a hanging indent right of one of the columns' starts. */
  private static boolean hangsIn(List<Float> columns, float x) {
    for (float c : columns) if (x > c && x - c <= HANGING_INDENT) return true;
    return false;
  }

  /** The index of the column that begins at {@code x} (within a point and a half), or -1. */
  private static int columnOf(List<Float> columns, float x) {
    for (int c = 0; c < columns.size(); c++) if (Math.abs(columns.get(c) - x) < 1.5f) return c;
    return -1;
  }

  /**
   * Which cell of a row each of a table's column starts ({@code columns}, sorted) is in. A cell's lines need not all
   * start at one place: a list's items hang their marks left of their lines ("• Effective …" over "responding to …"),
   * and a heading cell is centred over them. As many cells as the most pieces any line of the table has, apart where
   * the starts are farthest apart, so long as no line then has two pieces in one cell; else each start is a cell.
   */
  private static int[] cellsOfColumns(List<PdfLine> table, List<Float> columns) {
    int[] own = new int[columns.size()];
    for (int c = 0; c < own.length; c++) own[c] = c;
    int cells = 0;
    for (PdfLine l : table) {
      int pieces = 0;
      for (String piece : l.text().split("\t")) if (!piece.isBlank() && !isMarkAlone(piece)) pieces++;
      cells = Math.max(cells, pieces);
    }
    if (cells < 2 || cells >= columns.size()) return own;
    // The cells' boundaries: the widest gaps between starts.
    Integer[] byGap = new Integer[columns.size() - 1];
    for (int c = 0; c < byGap.length; c++) byGap[c] = c;
    Arrays.sort(byGap, (a, b) -> Float.compare(columns.get(b + 1) - columns.get(b), columns.get(a + 1) - columns.get(a)));
    boolean[] boundary = new boolean[columns.size()];
    for (int k = 0; k < cells - 1; k++) boundary[byGap[k] + 1] = true;
    int[] cellOf = new int[columns.size()];
    for (int c = 1; c < cellOf.length; c++) cellOf[c] = cellOf[c - 1] + (boundary[c] ? 1 : 0);
    for (PdfLine l : table) {
      int last = -1;
      boolean markBefore = false;
      String[] pieces = l.text().split("\t", -1);
      for (int k = 0; k < pieces.length; k++) {
        if (pieces[k].isBlank()) continue;
        float x = k == 0 ? l.left() : k - 1 < l.cellStarts().size() ? l.cellStarts().get(k - 1) : Float.NaN;
        int c = Float.isNaN(x) ? -1 : nearestColumn(columns, x);
        if (c < 0 || cellOf[c] < last || cellOf[c] == last && !markBefore) return own;
        // A word processor sets a list's mark apart from its item's text by a tab: both stand in one cell.
        markBefore = isMarkAlone(pieces[k]);
        last = cellOf[c];
      }
    }
    return cellOf;
  }

  /** A list's bullet alone. Not a dash, which a table's empty cell often is ({@link #LIST_MARK}). */
  private static final Pattern MARK_ALONE = Pattern.compile("^\\s*[·" + LineClassifier.LIST_MARKS + "]\\s*$");

  private static boolean isMarkAlone(String piece) {
    return piece.length() <= 3 && MARK_ALONE.matcher(piece).matches();
  }

  /** The end of a sentence, a word's, before any closing quote or bracket ("13." ends a reference to a section). */
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?][\"'’”)]?$");

  /**
   * The lines of one table row made one line: each cell's pieces joined in its cell ({@code cellOf}), the cells apart
   * by tabs. In a table of {@code lists}, a cell that lists items (each after its mark, or each a sentence whose first
   * line starts as the last ended: a browser draws its list's bullets) gives a line for each: the row's first items on
   * the first, its second on the next, and so on, so that an item does not run on into the next.
   */
  private static List<PdfLine> mergeRow(List<PdfLine> rowLines, List<Float> columns, int[] cellOf, boolean lists) {
    PdfLine first = rowLines.get(0);
    if (rowLines.size() == 1) return List.of(first);
    int count = cellOf[cellOf.length - 1] + 1;
    List<List<String>> pieces = new ArrayList<>();
    for (int c = 0; c < count; c++) pieces.add(new ArrayList<>());
    float right = 0;
    for (PdfLine l : rowLines) {
      String[] parts = l.text().split("\t", -1);
      // Each piece stands where the line starts or after one of its tabs; a leading tab is an empty first piece.
      for (int k = 0; k < parts.length; k++) {
        String piece = parts[k].strip();
        if (piece.isEmpty()) continue;
        float x = k == 0 ? l.left() : k - 1 < l.cellStarts().size() ? l.cellStarts().get(k - 1) : Float.NaN;
        int c = Float.isNaN(x) ? -1 : nearestColumn(columns, x);
        List<String> cell = pieces.get(c < 0 ? Math.min(k, count - 1) : cellOf[c]);
        // A list's mark set apart by a tab opens the item after it.
        if (!cell.isEmpty() && isMarkAlone(cell.get(cell.size() - 1))) cell.set(cell.size() - 1, cell.get(cell.size() - 1) + " " + piece);
        else cell.add(piece);
      }
      right = Math.max(right, l.right());
    }
    List<List<String>> items = new ArrayList<>();
    int rows = 1;
    for (List<String> cell : pieces) {
      List<String> cellItems = lists ? itemsOf(cell) : cell.isEmpty() ? List.of() : List.of(String.join(" ", cell));
      items.add(cellItems);
      rows = Math.max(rows, cellItems.size());
    }
    List<Float> starts = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) if (c == 0 || cellOf[c] != cellOf[c - 1]) starts.add(columns.get(c));
    List<PdfLine> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < count; c++) {
        if (c > 0) text.append('\t');
        if (r < items.get(c).size()) text.append(items.get(c).get(r));
      }
      out.add(new PdfLine(text.toString(), first.top(), starts.get(0), right, first.height(), starts.subList(1, starts.size()), List.of()));
    }
    return out;
  }

  /**
   * A cell's lines as its items: a line starting with a list's mark starts one; in a cell without marks, so does a
   * line in capitals after one that ended a sentence. Else the lines are one text.
   */
  private static List<String> itemsOf(List<String> lines) {
    boolean marked = false;
    for (String l : lines) marked |= Tables.ITEM_MARK.matcher(l).find();
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    for (String l : lines) {
      boolean starts = item == null || (marked ? Tables.ITEM_MARK.matcher(l).find()
          : SENTENCE_END.matcher(item).find() && Character.isUpperCase(l.codePointAt(0)));
      if (starts) {
        if (item != null) items.add(item.toString());
        item = new StringBuilder(l);
      } else {
        item.append(' ').append(l);
      }
    }
    if (item != null) items.add(item.toString());
    return items;
  }

  /** The column that begins at or just before {@code x}: a piece may stand a little right of its column's start. */
  private static int nearestColumn(List<Float> columns, float x) {
    int best = -1;
    for (int c = 0; c < columns.size(); c++) if (columns.get(c) <= x + 1.5f) best = c;
    return best;
  }

  /** Whether {@code l} is the rest of a cell of {@code row} that wrapped: it starts where one of the row's cells does. */
  private static boolean wrappedCell(PdfLine l, PdfLine row) {
    return wrappedColumn(l, row) >= 0;
  }

  /**
   * The column of {@code row} whose cell {@code l} is the wrapped rest of (0 the first), by where it starts; -1 where it
   * is not one.
   */
  private static int wrappedColumn(PdfLine l, PdfLine row) {
    if (row == null || l.isRow()) return -1;
    if (Math.abs(l.left() - row.left()) < 1.5f) return 0;
    List<Float> starts = row.cellStarts();
    for (int k = 0; k < starts.size(); k++) if (Math.abs(l.left() - starts.get(k)) < 1.5f) return k + 1;
    // A list's item hangs its mark left of its lines, where the cell starts; a row that is an item's wrapped lines
    // starts where they do, right of the next item's mark.
    for (int k = starts.size() - 1; k >= 0; k--) if (l.left() > starts.get(k) && l.left() - starts.get(k) <= HANGING_INDENT) return k + 1;
    if (l.left() > row.left() && l.left() - row.left() <= HANGING_INDENT) return 0;
    if (l.left() < row.left() && row.left() - l.left() <= HANGING_INDENT && Tables.ITEM_MARK.matcher(l.text().strip()).find()) return 0;
    return -1;
  }

  /** The most common distance between consecutive baselines: the line spacing inside a paragraph. */
  private static float typicalSpacing(List<PdfLine> lines) {
    float[] tops = new float[lines.size()];
    for (int i = 0; i < tops.length; i++) tops[i] = lines.get(i).top();
    float spacing = lineSpacing(tops);
    return Float.isNaN(spacing) ? lines.get(0).height() * 1.2f : spacing;
  }

  /**
   * The most common distance, to a point, from one baseline to the next of those given top to bottom: the spacing of
   * a paragraph's lines. NaN where no line stands below another.
   */
  static float lineSpacing(float[] baselines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 1; i < baselines.length; i++) {
      int d = Math.round(baselines[i] - baselines[i - 1]);
      if (d > 0) counts.merge(d, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(Float.NaN);
  }

  /** The most common height of a line's first character, to a tenth of a point: the body text's size. */
  private static float typicalHeight(List<PdfLine> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (PdfLine l : lines) if (l.height() > 0) counts.merge(Math.round(l.height() * 10), 1, Integer::sum);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10f).orElse(1f);
  }

  /** Collects each printed line with its position, marking wide gaps between words as tabs. */
  private static final class LineCollector extends PDFTextStripper {
    /** Each page's lines, as blocks read one after another: the page whole, or its stretches and columns. */
    final List<List<List<PdfLine>>> pages = new ArrayList<>();
    private List<List<PdfLine>> page;
    private List<PdfLine> block;
    /** Where the gutter of the last page read in columns stood, NaN before one. */
    private float gutter;
    /** The other gutter of the last page read in three columns, NaN before one. */
    private float second;
    private final StringBuilder text = new StringBuilder();
    private float top;
    private float left;
    private float right;
    private float height;
    private boolean pendingSeparator;
    /** The first letter's baseline on the line, the letters' height, and where each digit stands: for footnote marks. */
    private float baseline = Float.NaN;
    private float letterHeight;
    private final List<float[]> digits = new ArrayList<>();
    private List<Float> cellStarts = new ArrayList<>();
    /** How many gaps between words the line has, and the narrowest and widest, whether taken for spaces or columns. */
    private int wordGaps;
    /** Whether the line opens with a paragraph's number or a list's mark, the gap after it a hanging indent. */
    private boolean opensWithMark;
    private float narrowestGap = Float.MAX_VALUE;
    private float widestGap;
    private List<WideGap> wideGaps = new ArrayList<>();

    /** Pages looked at closer and not found in columns before the first that was: their index and their number. */
    final List<int[]> undecided = new ArrayList<>();
    /** The blocks that are sidebars beside the text ({@link PageColumns.Layout#asides}). */
    final Set<List<PdfLine>> asides = Collections.newSetFromMap(new IdentityHashMap<>());
    /** While a page in columns is written: which of its articles are sidebars, and the article being written. */
    private List<Boolean> asideArticles;
    private int article;

    /**
     * {@code gutter} and {@code second}: where a page in columns has its gutter and, in three columns, its other one,
     * if already known (NaN if not).
     */
    LineCollector(float gutter, float second) throws IOException {
      super();
      this.gutter = gutter;
      this.second = second;
      // Sorting by position costs time but puts text in reading order for PDFs whose content stream is not.
      setSortByPosition(true);
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
      page = new ArrayList<>();
      pages.add(page);
      block = new ArrayList<>();
      page.add(block);
    }

    /**
     * A page set in columns is written again as articles, its columns one after the other ({@link PageColumns}). Most
     * pages are one column, and their lines, as written, show it: those are not looked at closer.
     */
    @Override
    protected void writePage() throws IOException {
      super.writePage();
      // A PDF that marks its articles itself (beads) is read by them, as PDFBox does.
      if (charactersByArticle.size() != 1) return;
      flush();
      // Also after pages in columns: a later page of one column (an appendix, a table across the page) stays whole.
      if (PageColumns.oneColumn(page)) return;
      PageColumns.Layout columns = PageColumns.articles(charactersByArticle.get(0), gutter, second);
      if (columns == null) {
        if (Float.isNaN(gutter)) undecided.add(new int[] {pages.size() - 1, getCurrentPageNo()});
        return;
      }
      if (!Float.isNaN(columns.gutter())) {
        gutter = columns.gutter();
        second = columns.second();
      }
      page.clear();
      block = new ArrayList<>();
      page.add(block);
      charactersByArticle.clear();
      charactersByArticle.addAll(columns.articles());
      asideArticles = columns.asides();
      article = -1;
      super.writePage();
      asideArticles = null;
      // The next page starts from one article, as PDFBox left it before this page.
      charactersByArticle.clear();
      charactersByArticle.add(new ArrayList<>());
    }

    /** Each article is a block of its own: its last line ends with it. */
    @Override
    protected void startArticle(boolean isLtr) throws IOException {
      flush();
      if (!block.isEmpty()) {
        block = new ArrayList<>();
        page.add(block);
      }
      asides.remove(block); // an empty block is taken over by the next article
      if (asideArticles != null && ++article < asideArticles.size() && asideArticles.get(article)) asides.add(block);
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
      flush();
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
      if (positions.isEmpty()) {
        text.append(s);
        return;
      }
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      if (text.isEmpty()) {
        top = first.getYDirAdj();
        left = first.getXDirAdj();
        height = first.getHeightDir();
      } else if (pendingSeparator) {
        float space = Math.max(first.getWidthOfSpace(), first.getFontSizeInPt() * 0.25f);
        // Two or more spaces' worth of white between words is a column, not a word break; but after a paragraph's
        // number or a bullet alone at the start of the line it is the hanging indent a word processor sets with a tab.
        float gap = first.getXDirAdj() - right;
        boolean mark = isListMark(text);
        boolean column = gap > space * 2.5f && !mark;
        if (!mark) noteGap(gap);
        else opensWithMark = true;
        if (column) {
          cellStarts.add(first.getXDirAdj());
        } else if (gap > space * 1.5f) {
          wideGaps.add(new WideGap(text.length(), first.getXDirAdj()));
        }
        text.append(column ? '\t' : ' ');
      }
      pendingSeparator = false;
      notePositions(s, positions);
      int at = text.length();
      text.append(s);
      if (s.length() == positions.size() && s.indexOf(' ') > 0) markColumnsWithin(at, positions);
      right = last.getXDirAdj() + last.getWidthDirAdj();
    }

    /**
     * Word processors print a line's words with their spaces as one run of text, so a table row whose cells are
     * apart by white reaches here as one word, spaces and all ("achieving Good" with a column's gap in it). The space
     * is measured as a gap between words is: from the end of the letter before it to the start of the word after.
     */
    private void markColumnsWithin(int at, List<TextPosition> positions) {
      for (int i = 1; i + 1 < positions.size(); i++) {
        if (text.charAt(at + i) != ' ' || text.charAt(at + i - 1) == ' ') continue;
        int next = i + 1;
        while (next < positions.size() && text.charAt(at + next) == ' ') next++;
        if (next == positions.size()) return;
        TextPosition before = positions.get(i - 1);
        TextPosition after = positions.get(next);
        float space = Math.max(positions.get(i).getWidthOfSpace(), after.getFontSizeInPt() * 0.25f);
        float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        boolean mark = isListMark(text.subSequence(0, at + i));
        if (!mark) noteGap(gap);
        else opensWithMark = true;
        if (gap > space * 2.5f && !mark) {
          text.setCharAt(at + i, '\t');
          cellStarts.add(after.getXDirAdj());
        } else if (gap > space * 1.5f) {
          wideGaps.add(new WideGap(at + i, after.getXDirAdj()));
        }
      }
    }

      /**
     * Notes the line's baseline (its first letter's: no letter is set raised at the start of a line, where a footnote's
     * mark can be) and each digit's place, where the word's characters are its positions' one by one (a ligature or a
     * normalised word is not, and has no footnote mark to find).
     */
    private void notePositions(String s, List<TextPosition> positions) {
      if (s.length() != positions.size()) return;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        TextPosition p = positions.get(i);
        if (Character.isLetter(c)) {
          if (Float.isNaN(baseline)) baseline = p.getYDirAdj();
          letterHeight = Math.max(letterHeight, p.getHeightDir());
        } else if (c >= '0' && c <= '9') {
          digits.add(new float[] {text.length() + i, p.getYDirAdj(), p.getHeightDir()});
        }
      }
    }

    /**
     * A footnote's mark is printed as a digit raised above the line and set smaller ("… to do so.¹", and at the foot of
     * the page "¹ Working together …"); text extraction gives a plain digit, glued to the word before it. It becomes
     * the superscript digit that a text report has, which the parser knows as a footnote's mark.
     */
    private void raiseFootnoteMarks() {
      if (digits.isEmpty() || Float.isNaN(baseline)) return;
      for (float[] d : digits) {
        boolean raised = d[1] < baseline - letterHeight * 0.25f;
        if (raised && d[2] < letterHeight * 0.9f) text.setCharAt((int) d[0], LineClassifier.superscript(String.valueOf(text.charAt((int) d[0]))).charAt(0));
      }
    }

    private void noteGap(float gap) {
      wordGaps++;
      narrowestGap = Math.min(narrowestGap, gap);
      widestGap = Math.max(widestGap, gap);
    }

    /** Whether the line so far is a paragraph's number or a list's mark alone; asked at every space, so short first. */
    private static boolean isListMark(CharSequence line) {
      return line.length() <= 12 && LIST_MARK.matcher(line).matches();
    }

    /**
     * Whether the line is prose set justified, not a table's row: a narrow column's line before a long word is spread
     * so wide that its spaces, some or all, look like columns' gaps, and all its gaps are the one width the
     * justification gave them (but after a paragraph's number or a bullet, where a hanging indent's tab stands).
     * A table's cells, set each to its own column, stand apart by gaps of their own widths, unless they are figures of
     * one width.
     */
    private boolean justified() {
      if (cellStarts.isEmpty() || wordGaps < 2) return false;
      // One width to within a point, or a tenth: a number's or a full stop's box ends a little short of its advance.
      if (widestGap - narrowestGap > Math.max(1f, widestGap * 0.1f)) return false;
      // A row of figures in columns of one width is spaced evenly too; prose is words, with a figure among them at most
      // ("5. Of 110 inspection reports" spread across a narrow column).
      String[] cells = text.toString().split("\t");
      int figures = 0;
      for (String cell : cells) if (cell.chars().noneMatch(Character::isLetter)) figures++;
      if (figures > 1 || figures * 2 >= cells.length) return false;
      if (wordGaps >= 3) return true;
      // Two gaps alike: three words spread across a narrow column, or three cells of one width ("Good Good Good").
      // Prose shows itself by a paragraph's number before them, or by its punctuation and small words: a word that
      // ends a clause or a sentence before the next, or one a sentence runs on with.
      if (opensWithMark) return true;
      for (int c = 0; c < cells.length; c++) {
        String cell = cells[c].strip();
        if (cell.isEmpty()) continue;
        char last = cell.charAt(cell.length() - 1);
        if (LineClassifier.isFunctionWord(cell) || last == ',' || last == ';' || last == '.' && c + 1 < cells.length) return true;
      }
      return false;
    }

    @Override
    protected void writeWordSeparator() {
      pendingSeparator = true;
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    private void flush() {
      raiseFootnoteMarks();
      if (justified()) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\t') text.setCharAt(i, ' ');
        cellStarts.clear();
        wideGaps.clear();
      }
      wordGaps = 0;
      opensWithMark = false;
      narrowestGap = Float.MAX_VALUE;
      widestGap = 0;
      if (block != null && !text.isEmpty()) {
        block.add(new PdfLine(text.toString(), top, left, right, height, cellStarts.isEmpty() ? List.of() : cellStarts,
            wideGaps.isEmpty() ? List.of() : wideGaps));
        if (!cellStarts.isEmpty()) cellStarts = new ArrayList<>();
        if (!wideGaps.isEmpty()) wideGaps = new ArrayList<>();
      }
      text.setLength(0);
      pendingSeparator = false;
      baseline = Float.NaN;
      letterHeight = 0;
      digits.clear();
    }
  }
}
