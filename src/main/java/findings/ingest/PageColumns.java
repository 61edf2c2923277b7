package findings.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page set in two columns (a newsletter, a designed self-assessment) read column by column. Sorted by position, its
 * text comes out a row at a time across both columns, each row's two halves joined as if they were a table's cells.
 * Where the rows of a stretch of the page leave one white gutter between two columns of prose, the left column is
 * read down first and then the right; lines that cross the gutter (a title, a heading across the page) split the
 * page into stretches read in turn.
 *
 * <p>A table of two columns of prose leaves the same gutter. What tells them apart is where paragraphs start: a
 * table's cells start together, row by row, on one baseline, and the white under the shorter cell ends where the
 * next row begins on both sides; the paragraphs of two columns start where their own text takes them. A stretch
 * whose rows show too few such starts cannot be told from a table, and is left as it is, unless an earlier page of the
 * report was read in columns with its gutter in the same place.
 */
final class PageColumns {
  /** How many rows must show text on both sides of the gutter before a stretch is looked at as columns. */
  private static final int MIN_ROWS_BOTH_SIDES = 6;

  /** The narrowest white between two columns, in points: a fifth of an inch, narrower than any layout's gutter. */
  private static final float MIN_GUTTER = 6f;
  /** The widest: two-thirds of an inch, wider than a word processor's default gutter (1.25 cm). */
  private static final float MAX_GUTTER = 48f;

  private PageColumns() {}

  /** One printed line's worth of glyphs at one baseline, and the runs of ink it makes: words closer than a column's gap. */
  private record Row(float y, List<TextPosition> glyphs, List<float[]> runs) {
    /** -1 all left of {@code x}, 1 all right, 2 both sides, 0 ink across {@code x}. */
    int side(float x) {
      boolean left = false;
      boolean right = false;
      for (float[] r : runs) {
        if (r[1] <= x) left = true;
        else if (r[0] >= x) right = true;
        else return 0;
      }
      return left && right ? 2 : left ? -1 : 1;
    }

    float leftEnd(float x) {
      float end = Float.NaN;
      for (float[] r : runs) if (r[1] <= x) end = r[1];
      return end;
    }

    float rightEnd(float x) {
      float end = Float.NaN;
      for (float[] r : runs) if (r[0] >= x) end = r[1];
      return end;
    }
  }

  /**
   * Whether three in four of a page's lines run solid across the middle half of its text's width, without a gap
   * wider than a space there, as the lines of one column do. A page in columns has its lines on either side of the
   * gutter, or across it with a gap where two lines of the columns share a baseline.
   */
  static boolean oneColumn(List<List<PdfSource.PdfLine>> blocks) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    int lines = 0;
    for (List<PdfSource.PdfLine> b : blocks) {
      for (PdfSource.PdfLine l : b) {
        minX = Math.min(minX, l.left());
        maxX = Math.max(maxX, l.right());
        lines++;
      }
    }
    float from = minX + (maxX - minX) * 0.25f;
    float to = minX + (maxX - minX) * 0.75f;
    int solid = 0;
    for (List<PdfSource.PdfLine> b : blocks) {
      for (PdfSource.PdfLine l : b) {
        if (l.left() > from || l.right() < to) continue;
        boolean gap = false;
        for (float x : l.cellStarts()) gap |= x > from && x < to;
        for (PdfSource.WideGap g : l.wideGaps()) gap |= g.x() > from && g.x() < to;
        if (!gap) solid++;
      }
    }
    return solid * 4 >= lines * 3;
  }

  /**
   * A column less than this share of the other's width is a sidebar beside the text (key facts, a quotation, a box of
   * links), not the text's next column: the text runs on past it.
   */
  private static final float ASIDE_WIDTH = 0.6f;
  /** The narrowest column read as one: a quarter of the other's width. */
  private static final float MIN_WIDTH = 0.25f;

  /**
   * A page read in columns: its articles in reading order, which of them are sidebars beside the text ({@link
   * #ASIDE_WIDTH}), and where its gutter stands.
   */
  record Layout(List<List<TextPosition>> articles, List<Boolean> asides, float gutter, float second) {}

  /**
   * The page's glyphs in reading order as the articles {@code PDFTextStripper} writes one after another (each sorted by
   * position within itself), or null where no stretch of the page is set in columns. {@code knownGutter} is where the
   * gutter of an earlier page in columns stood (NaN if none): a page of the same layout with too few paragraphs to
   * show its columns by their starts (a report's last, short page) is read in columns too; {@code knownSecond}, the
   * other gutter of an earlier page in three columns (NaN if none), serves the same way.
   */
  static Layout articles(List<TextPosition> glyphs, float knownGutter, float knownSecond) {
    List<Row> rows = rows(glyphs);
    if (rows.isEmpty()) return null;
    float gutter = rows.size() < MIN_ROWS_BOTH_SIDES ? Float.NaN : gutter(rows, MIN_ROWS_BOTH_SIDES);
    // Too few lines on a page to find a gutter by: where the earlier pages had theirs.
    if (Float.isNaN(gutter)) gutter = knownGutter;
    // Too few lines left of any white band for a column, but perhaps headings in a margin beside the text.
    boolean headsOnly = Float.isNaN(gutter) && rows.size() >= MIN_ROWS_BOTH_SIDES;
    if (headsOnly) gutter = gutter(rows, 1);
    if (Float.isNaN(gutter)) return null;
    // A running header or footer stands apart from the text, over or under both columns: it is read whole, as on a
    // page of one column, so that it is the same line on every page and known for what it is.
    int bodyStart = 0;
    int bodyEnd = rows.size();
    float[] baselines = new float[rows.size()];
    for (int r = 0; r < rows.size(); r++) baselines[r] = rows.get(r).y();
    // The rows of two columns interleave where their lines do not share baselines: the middle distance between rows,
    // not the most common one, is what a running line stands apart by more than.
    float spacing = medianSpacing(baselines);
    while (bodyStart < Math.min(2, bodyEnd - 1) && rows.get(bodyStart + 1).y() - rows.get(bodyStart).y() > spacing * 2f) bodyStart++;
    while (rows.size() - bodyEnd < 2 && bodyEnd - 1 > bodyStart
        && rows.get(bodyEnd - 1).y() - rows.get(bodyEnd - 2).y() > spacing * 2f) {
      bodyEnd--;
    }
    // The page's right edge, where its text ends: a browser's running lines may stand wider.
    float pageRight = 0;
    for (Row r : rows.subList(bodyStart, bodyEnd)) pageRight = Math.max(pageRight, r.runs().get(r.runs().size() - 1)[1]);
    if (!headsOnly) {
      // A page of three columns: the gutter found leaves two columns on one of its sides.
      float second = secondGutter(rows.subList(bodyStart, bodyEnd), gutter);
      // Too few lines to show the second gutter (a report's last page): where the earlier pages in three columns had it.
      boolean known = false;
      if (Float.isNaN(second) && !Float.isNaN(knownSecond)) {
        if (Math.abs(gutter - knownGutter) < 2f) second = knownSecond;
        else if (Math.abs(gutter - knownSecond) < 2f) second = knownGutter;
        known = !Float.isNaN(second);
      }
      Layout three = Float.isNaN(second) ? null : threeColumns(glyphs, rows, bodyStart, bodyEnd, gutter, second, known, pageRight);
      if (three != null) return three;
    }
    Reading reading = new Reading(rows.size());
    int start = 0;
    while (start < rows.size()) {
      int end = start + 1;
      boolean split = false;
      List<Integer> heads = null;
      if (start >= bodyStart && start < bodyEnd && rows.get(start).side(gutter) != 0) {
        while (end < bodyEnd && rows.get(end).side(gutter) != 0) end++;
        split = !headsOnly && inColumns(rows.subList(start, end), gutter, knownGutter, pageRight, end == bodyEnd);
        if (!split) heads = hangingHeads(rows.subList(start, end), gutter, pageRight);
      }
      if (heads != null) {
        // Each heading in the margin, then the text beside and under it down to the next: two articles a heading.
        for (int h = 0; h < heads.size(); h++) {
          reading.columns(start + heads.get(h), h + 1 < heads.size() ? start + heads.get(h + 1) : end, List.of(false, false));
        }
      } else if (split) {
        reading.columns(start, end, sidebars(rows.subList(start, end), new float[] {gutter}, pageRight));
      } else {
        reading.whole(start, end);
      }
      start = end;
    }
    // Headings in a margin are not columns whose gutter a later page in columns would share.
    return reading.layout(glyphs, rows, new float[] {gutter}, headsOnly ? Float.NaN : gutter, Float.NaN);
  }

  /**
   * Which article each row of a page goes to, in reading order: rows read whole share one with the rows around them;
   * a stretch in columns has an article a column, left to right, and each of its rows' glyphs goes to its column's.
   */
  private static final class Reading {
    final int[] articleOf;
    final boolean[] inColumns;
    final List<Boolean> asides = new ArrayList<>();
    int count;
    int whole = -1; // the article of the rows read whole since the last stretch in columns, -1 before one
    boolean columns;

    Reading(int rows) {
      articleOf = new int[rows];
      inColumns = new boolean[rows];
    }

    /** Rows {@code start} to {@code end} in columns, one article each, which of them sidebars. */
    void columns(int start, int end, List<Boolean> sidebars) {
      for (int r = start; r < end; r++) {
        articleOf[r] = count;
        inColumns[r] = true;
      }
      asides.addAll(sidebars);
      count += sidebars.size();
      whole = -1;
      columns = true;
    }

    void whole(int start, int end) {
      if (whole < 0) {
        whole = count++;
        asides.add(false);
      }
      for (int r = start; r < end; r++) articleOf[r] = whole;
    }

    /** The glyphs as articles, or null where no stretch is in columns; a column's glyphs are those between its gutters. */
    Layout layout(List<TextPosition> glyphs, List<Row> rows, float[] gutters, float gutter, float second) {
      if (!columns) return null;
      float[] baselines = new float[rows.size()];
      for (int r = 0; r < rows.size(); r++) baselines[r] = rows.get(r).y();
      List<List<TextPosition>> read = new ArrayList<>();
      for (int a = 0; a < count; a++) read.add(new ArrayList<>());
      // Every glyph, spaces too, goes with the row of its baseline: the spaces are the text's own word breaks.
      for (TextPosition g : glyphs) {
        int r = Arrays.binarySearch(baselines, g.getYDirAdj());
        if (r < 0) r = Math.max(0, -r - 2); // the last row at or above it: rows take the glyphs within a point below
        int a = articleOf[r];
        float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
        if (inColumns[r]) for (float at : gutters) if (x >= at) a++;
        read.get(a).add(g);
      }
      List<List<TextPosition>> articles = new ArrayList<>();
      List<Boolean> aside = new ArrayList<>();
      for (int a = 0; a < count; a++) {
        if (read.get(a).isEmpty()) continue;
        articles.add(read.get(a));
        aside.add(asides.get(a));
      }
      return new Layout(articles, aside, gutter, second);
    }
  }

  /**
   * Where one side of {@code gutter} is itself two columns: the white band in the middle half of that side that no
   * more than a tenth of its rows cross (a heading across both, a table); NaN where neither side has one, or both do.
   */
  private static float secondGutter(List<Row> rows, float gutter) {
    float found = Float.NaN;
    for (boolean left : new boolean[] {true, false}) {
      List<Row> side = within(rows, left ? -Float.MAX_VALUE : gutter, left ? gutter : Float.MAX_VALUE);
      if (side.size() < MIN_ROWS_BOTH_SIDES * 2) continue;
      float[] band = band(side, MIN_ROWS_BOTH_SIDES);
      if (band == null || band[1] * 10 > side.size()) continue;
      if (!Float.isNaN(found)) return Float.NaN; // four columns: not read as columns
      found = band[0];
    }
    return found;
  }

  /** The rows' ink between {@code from} and {@code to}: each row with its runs that lie there, rows without any left out. */
  private static List<Row> within(List<Row> rows, float from, float to) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      List<float[]> runs = new ArrayList<>();
      for (float[] run : r.runs()) if (run[0] >= from && run[1] <= to) runs.add(run);
      if (runs.isEmpty()) continue;
      List<TextPosition> glyphs = new ArrayList<>();
      for (TextPosition g : r.glyphs()) if (g.getXDirAdj() >= from && g.getXDirAdj() < to) glyphs.add(g);
      out.add(new Row(r.y(), glyphs, runs));
    }
    return out;
  }

  /**
   * A page read in three columns, where its stretches that cross neither gutter are: each column beside the next as
   * two columns are ({@link #inColumns}); null where no stretch is. Each such stretch is read a column at a time, left
   * to right; every other row whole.
   */
  private static Layout threeColumns(List<TextPosition> glyphs, List<Row> rows, int bodyStart, int bodyEnd, float a, float b,
      boolean known, float pageRight) {
    float first = Math.min(a, b);
    float second = Math.max(a, b);
    Reading reading = new Reading(rows.size());
    int start = 0;
    while (start < rows.size()) {
      int end = start + 1;
      boolean split = false;
      if (start >= bodyStart && start < bodyEnd && rows.get(start).side(first) != 0 && rows.get(start).side(second) != 0) {
        while (end < bodyEnd && rows.get(end).side(first) != 0 && rows.get(end).side(second) != 0) end++;
        List<Row> stretch = rows.subList(start, end);
        split = inColumns(within(stretch, -Float.MAX_VALUE, second), first, known ? first : Float.NaN, 0, end == bodyEnd)
            && inColumns(within(stretch, first, Float.MAX_VALUE), second, known ? second : Float.NaN, pageRight, end == bodyEnd);
      }
      if (split) {
        reading.columns(start, end, sidebars(rows.subList(start, end), new float[] {first, second}, pageRight));
      } else {
        reading.whole(start, end);
      }
      start = end;
    }
    return reading.layout(glyphs, rows, new float[] {first, second}, first, second);
  }

  /**
   * Which of a stretch's columns are sidebars: narrower than {@link #ASIDE_WIDTH} of the widest. A column's width is
   * where the layout puts it, from gutter to gutter (the first from the stretch's left edge, the last to the page's
   * right), not how far its lines run: a column that holds a few short lines at the end of the text is no sidebar.
   */
  private static List<Boolean> sidebars(List<Row> stretch, float[] gutters, float pageRight) {
    float left = Float.MAX_VALUE;
    for (Row r : stretch) left = Math.min(left, r.runs().get(0)[0]);
    float[] widths = new float[gutters.length + 1];
    for (int c = 0; c < widths.length; c++) widths[c] = (c < gutters.length ? gutters[c] : pageRight) - (c == 0 ? left : gutters[c - 1]);
    float widest = 0;
    for (float w : widths) widest = Math.max(widest, w);
    List<Boolean> sidebars = new ArrayList<>();
    for (float w : widths) sidebars.add(w < widest * ASIDE_WIDTH);
    return sidebars;
  }

  /** The middle distance from one baseline to the next of those given top to bottom. */
  private static float medianSpacing(float[] baselines) {
    if (baselines.length < 2) return Float.MAX_VALUE;
    float[] d = new float[baselines.length - 1];
    for (int i = 1; i < baselines.length; i++) d[i - 1] = baselines[i] - baselines[i - 1];
    Arrays.sort(d);
    return d[d.length / 2];
  }

  /** The glyphs grouped by baseline, top to bottom, each row's ink runs left to right. */
  private static List<Row> rows(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs.size());
    for (TextPosition g : glyphs) if (!g.getUnicode().isBlank()) sorted.add(g);
    sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
    List<Row> rows = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      float y = sorted.get(i).getYDirAdj();
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).getYDirAdj() - y < 1f) j++;
      List<TextPosition> row = new ArrayList<>(sorted.subList(i, j));
      row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      rows.add(new Row(y, row, runs(row)));
      i = j;
    }
    return rows;
  }

  /** Where a row has ink: its glyphs joined wherever the white between them is narrower than a column's gap. */
  private static List<float[]> runs(List<TextPosition> row) {
    List<float[]> runs = new ArrayList<>();
    float[] run = null;
    for (TextPosition g : row) {
      float x = g.getXDirAdj();
      float end = x + g.getWidthDirAdj();
      // The same measure as a cell boundary within a line (LineCollector): more than two and a half spaces of white.
      float space = Math.max(g.getWidthOfSpace(), g.getFontSizeInPt() * 0.25f);
      if (run != null && x - run[1] <= space * 2.5f) {
        run[1] = Math.max(run[1], end);
      } else {
        run = new float[] {x, end};
        runs.add(run);
      }
    }
    return runs;
  }

  /**
   * The x in the middle half of the text's width that the fewest rows' ink crosses, with text on its left in at least
   * {@code fewestLeft} rows and on its right in {@link #MIN_ROWS_BOTH_SIDES} (the middle of the widest such band); NaN where there
   * is none. The two columns' lines need not share baselines: a heading or a paragraph's spacing in one moves the
   * other's lines off its own.
   */
  private static float gutter(List<Row> rows, int fewestLeft) {
    float[] band = band(rows, fewestLeft);
    return band == null ? Float.NaN : band[0];
  }

  /** {@link #gutter}'s x, and how many rows cross it; null where there is none. */
  private static float[] band(List<Row> rows, int fewestLeft) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (Row r : rows) {
      minX = Math.min(minX, r.runs().get(0)[0]);
      maxX = Math.max(maxX, r.runs().get(r.runs().size() - 1)[1]);
    }
    float width = maxX - minX;
    int fewest = Integer.MAX_VALUE;
    float bandStart = Float.NaN;
    float bandEnd = Float.NaN;
    for (float x = minX + width * 0.25f; x <= minX + width * 0.75f; x += 1f) {
      int crossing = 0;
      int left = 0;
      int right = 0;
      for (Row r : rows) {
        int side = r.side(x);
        if (side == 0) crossing++;
        if (side == -1 || side == 2) left++;
        if (side == 1 || side == 2) right++;
      }
      if (left < fewestLeft || right < MIN_ROWS_BOTH_SIDES) continue;
      if (crossing < fewest) {
        fewest = crossing;
        bandStart = x;
        bandEnd = x;
      } else if (crossing == fewest && bandEnd == x - 1f) {
        bandEnd = x;
      }
    }
    return Float.isNaN(bandStart) ? null : new float[] {(bandStart + bandEnd) / 2, fewest};
  }

  /**
   * Whether a stretch of rows, none crossing the gutter, is two columns of prose: enough rows on each side; a gutter
   * of a column layout's width; neither column under a quarter of the other's width (a sidebar may be narrow); each
   * side's lines mostly running to its column's right edge, as prose does; and the paragraphs of the two sides
   * starting apart ({@link PageColumns}). Where an earlier page's columns had their gutter in the same place, a page of
   * the same layout is taken for columns unless many of its paragraphs start side by side: a report's last page may
   * hold too few to tell.
   */
  private static boolean inColumns(List<Row> stretch, float gutter, float knownGutter, float pageRight, boolean last) {
    List<Row> leftRows = stretch.stream().filter(r -> r.side(gutter) != 1).toList();
    List<Row> rightRows = stretch.stream().filter(r -> r.side(gutter) != -1).toList();
    if (leftRows.size() < 2 || rightRows.size() < 2) return false;
    Sides sides = Sides.of(stretch, gutter, pageRight);
    float leftStart = sides.leftStart();
    float leftEnd = sides.leftEnd();
    float rightStart = sides.rightStart();
    float rightEnd = sides.rightEnd();
    // Columns are set apart by a gutter of white; a table's cells may run to their borders, or stop far short of them.
    if (rightStart - leftEnd < MIN_GUTTER || rightStart - leftEnd > MAX_GUTTER) return false;
    // The white where an earlier page's columns had their gutter: the report's layout again.
    boolean knownLayout = knownGutter >= leftEnd && knownGutter <= rightStart;
    // A few lines in columns are the end of the report's text on its last page, not a cover's table at a page's top.
    int fewest = knownLayout && last ? 2 : MIN_ROWS_BOTH_SIDES;
    if (leftRows.size() < fewest || rightRows.size() < fewest) return false;
    float leftWidth = leftEnd - leftStart;
    float rightWidth = rightEnd - rightStart;
    if (leftWidth < rightWidth * MIN_WIDTH || rightWidth < leftWidth * MIN_WIDTH) return false;
    int fullLeft = 0;
    for (Row r : leftRows) if (r.leftEnd(gutter) >= leftEnd - leftWidth * 0.2f) fullLeft++;
    int fullRight = 0;
    for (Row r : rightRows) if (r.rightEnd(gutter) >= rightEnd - rightWidth * 0.2f) fullRight++;
    if (fullLeft * 2 < leftRows.size() || fullRight * 2 < rightRows.size()) return false;
    // Where a table's row starts, its cells start together: on the same baseline, and after white on both sides where
    // its cells are padded or their paragraphs spaced. Two columns keep their own spacing, so a paragraph that starts
    // in one seldom starts beside another, and less often than not beside a line of the other.
    List<Float> leftBreaks = breaks(leftRows);
    List<Float> rightBreaks = breaks(rightRows);
    int[] left = beside(leftBreaks, rightRows, rightBreaks);
    int[] right = beside(rightBreaks, leftRows, leftBreaks);
    int breaks = left[0] + right[0];
    int besideRows = left[1] + right[1];
    int besideBreaks = left[2] + right[2];
    boolean apart = besideBreaks * 3 <= breaks && besideRows * 3 <= breaks * 2;
    return knownLayout ? apart || breaks < 6 : apart && breaks >= 3;
  }

  /**
   * Where the ink of a stretch's two sides begins and ends. The right column runs to the page's right edge: lines that
   * stop well short of it (a date beside a cover's heading) are not a column's.
   */
  private record Sides(float leftStart, float leftEnd, float rightStart, float rightEnd) {
    static Sides of(List<Row> stretch, float gutter, float pageRight) {
      float leftStart = Float.MAX_VALUE;
      float leftEnd = 0;
      float rightStart = Float.MAX_VALUE;
      float rightEnd = 0;
      for (Row r : stretch) {
        for (float[] run : r.runs()) {
          if (run[1] <= gutter) {
            leftStart = Math.min(leftStart, run[0]);
            leftEnd = Math.max(leftEnd, run[1]);
          } else {
            rightStart = Math.min(rightStart, run[0]);
            rightEnd = Math.max(rightEnd, run[1]);
          }
        }
      }
      return new Sides(leftStart, leftEnd, rightStart, Math.max(rightEnd, pageRight));
    }

  }

  /**
   * Of the baselines {@code ys} where one side's paragraphs start, how many stand within the height of the other
   * side's rows (only there can anything stand beside them), how many of those have one of its rows on them, and how
   * many have one of its starts ({@code otherBreaks}), each within a point.
   */
  private static int[] beside(List<Float> ys, List<Row> other, List<Float> otherBreaks) {
    float top = other.get(0).y() - 1f;
    float bottom = other.get(other.size() - 1).y() + 1f;
    int within = 0;
    int rows = 0;
    int breaks = 0;
    for (float y : ys) {
      if (y < top || y > bottom) continue;
      within++;
      if (other.stream().anyMatch(r -> Math.abs(r.y() - y) < 1f)) rows++;
      if (otherBreaks.stream().anyMatch(b -> Math.abs(b - y) < 1f)) breaks++;
    }
    return new int[] {within, rows, breaks};
  }

  /**
   * Where a stretch that is not two columns has its headings in a narrow margin column, each beside the first line of
   * the text it heads ("hanging heads", as designed reports set them): the rows, from the stretch's top, at which each
   * heading's part of the stretch begins (the first is 0); else null. Read a row at a time, each heading's lines
   * would be cells beside the text's first lines. The headings are short blocks of words, few beside the text, each
   * standing level with the start of a paragraph, and some heading more than one paragraph: a table of two columns,
   * each of its rows one label and one paragraph, stays a table.
   */
  private static List<Integer> hangingHeads(List<Row> stretch, float gutter, float pageRight) {
    List<Row> rightRows = stretch.stream().filter(r -> r.side(gutter) != -1).toList();
    if (rightRows.size() < MIN_ROWS_BOTH_SIDES) return null;
    Sides sides = Sides.of(stretch, gutter, pageRight);
    if (sides.rightStart() - sides.leftEnd() < MIN_GUTTER) return null;
    if (sides.leftEnd() - sides.leftStart() >= (sides.rightEnd() - sides.rightStart()) * ASIDE_WIDTH) return null;
    float[] baselines = new float[rightRows.size()];
    for (int i = 0; i < baselines.length; i++) baselines[i] = rightRows.get(i).y();
    float spacing = PdfSource.lineSpacing(baselines);
    if (Float.isNaN(spacing)) return null;
    List<Float> starts = breaks(rightRows);
    starts.add(0, rightRows.get(0).y());
    List<Integer> heads = new ArrayList<>();
    float lastLeft = Float.NaN;
    int leftRows = 0;
    int rowsInHead = 0;
    boolean letters = false;
    for (int r = 0; r < stretch.size(); r++) {
      Row row = stretch.get(r);
      if (row.side(gutter) == 1) continue;
      leftRows++;
      for (TextPosition g : row.glyphs()) letters |= g.getXDirAdj() < gutter && Character.isLetter(g.getUnicode().codePointAt(0));
      if (!Float.isNaN(lastLeft) && row.y() - lastLeft <= spacing * 1.5f) {
        if (++rowsInHead > 4) return null; // a heading, not a column of text
      } else {
        // A new heading: level with the start of a paragraph beside it.
        float y = row.y();
        if (starts.stream().noneMatch(b -> Math.abs(b - y) < 1f)) return null;
        heads.add(r);
        rowsInHead = 1;
      }
      lastLeft = row.y();
    }
    if (heads.isEmpty() || !letters || leftRows * 3 > rightRows.size()) return null;
    if (starts.size() <= heads.size()) return null; // one paragraph beside each: a table's rows
    if (heads.get(0) != 0) heads.add(0, 0);
    return heads;
  }

  /**
   * Where one side's paragraphs (or a table's rows) start after white: the baselines of its rows whose distance from
   * the row above is more than a fifth over the side's usual line spacing. Its first row is not counted: both sides of
   * a stretch start at its top.
   */
  private static List<Float> breaks(List<Row> side) {
    float[] baselines = new float[side.size()];
    for (int i = 0; i < baselines.length; i++) baselines[i] = side.get(i).y();
    float spacing = PdfSource.lineSpacing(baselines);
    List<Float> breaks = new ArrayList<>();
    if (Float.isNaN(spacing)) return breaks;
    for (int i = 1; i < baselines.length; i++) if (baselines[i] - baselines[i - 1] > spacing * 1.2f) breaks.add(baselines[i]);
    return breaks;
  }
}
