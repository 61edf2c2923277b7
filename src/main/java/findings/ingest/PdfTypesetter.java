package findings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a text report as a real PDF, the way report PDFs are laid out: wrapped paragraphs, a gap between
 * paragraphs, table cells in columns, page breaks wherever the page fills (cutting paragraphs), and a running
 * header and a "Page N of M" footer on every page. Tests use it to check PDF ingestion against the text of a
 * report; the scale benchmark uses it to make PDFs to ingest.
 */
public final class PdfTypesetter {
  public static final String HEADER = "Findings test rendering – inspection report";
  private static final float SIZE = 10;
  private static final float LEADING = 12;
  private static final float MARGIN = 56;
  private static final PDRectangle PAGE = PDRectangle.A4;

  private PdfTypesetter() {}

  /** Typesets {@code text} into {@code pdf}; returns the number of pages. */
  public static int write(Path text, Path pdf) throws IOException {
    List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
    try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(
        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      PDType0Font font = PDType0Font.load(doc, ttf);
      List<List<Placed>> pages = layout(lines, font);
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          draw(cs, font, HEADER, MARGIN, PAGE.getHeight() - 30);
          draw(cs, font, "Page " + (p + 1) + " of " + pages.size(), PAGE.getWidth() / 2 - 20, 24);
          for (Placed placed : pages.get(p)) draw(cs, font, placed.text, placed.x, placed.y);
        }
      }
      doc.save(pdf.toFile());
      return pages.size();
    }
  }

  private record Placed(String text, float x, float y) {}

  private static List<List<Placed>> layout(List<String> lines, PDType0Font font) throws IOException {
    List<List<Placed>> pages = new ArrayList<>();
    List<Placed> page = new ArrayList<>();
    pages.add(page);
    float top = PAGE.getHeight() - MARGIN - 10;
    float bottom = MARGIN;
    float width = PAGE.getWidth() - 2 * MARGIN;
    float y = top;
    boolean gapPending = false;
    for (String raw : asPrinted(lines)) {
      String line = safe(raw, font);
      if (line.isBlank()) {
        gapPending = true;
        continue;
      }
      if (gapPending && y != top) y -= LEADING;
      gapPending = false;
      String[] cells = line.split("\t", -1);
      List<List<String>> wrapped = new ArrayList<>();
      // Tables give their first column (the row labels) more room, as printed reports do.
      float[] x = new float[cells.length];
      float[] w = new float[cells.length];
      float first = cells.length == 1 ? width : cells.length == 2 ? width / 2 : width * 0.45f;
      for (int c = 0; c < cells.length; c++) {
        w[c] = c == 0 ? first : (width - first) / (cells.length - 1);
        x[c] = c == 0 ? 0 : x[c - 1] + w[c - 1];
      }
      int rows = 0;
      float indent = line.startsWith(" ") ? 14 : 0;
      for (int c = 0; c < cells.length; c++) {
        List<String> cellLines = wrap(cells[c].strip(), font, w[c] - (cells.length > 1 ? 8 : indent));
        wrapped.add(cellLines);
        rows = Math.max(rows, cellLines.size());
      }
      for (int r = 0; r < rows; r++) {
        if (y < bottom) {
          page = new ArrayList<>();
          pages.add(page);
          y = top;
        }
        for (int c = 0; c < cells.length; c++) {
          if (r < wrapped.get(c).size()) page.add(new Placed(wrapped.get(c).get(r), MARGIN + indent + x[c], y));
        }
        y -= LEADING;
      }
    }
    return pages;
  }

  /**
   * What a reader of the printed report sees where the text extraction left markup: a tick mark "X" for a checked
   * box, nothing for an empty one, and the items of an HTML table cell one under another in their column.
   */
  static List<String> asPrinted(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String l = line.replaceAll("<input[^>]*checked[^>]*>", "X").replaceAll("<input[^>]*>", "");
      if (!l.contains("<p>")) {
        out.add(l);
        continue;
      }
      String[] cells = l.split("\t", -1);
      List<List<String>> items = new ArrayList<>();
      int rows = 0;
      for (String cell : cells) {
        List<String> it = new ArrayList<>();
        for (String p : cell.split("</p>")) {
          String t = p.replaceAll("<[^>]*>", "").strip();
          if (!t.isEmpty()) it.add(t);
        }
        items.add(it);
        rows = Math.max(rows, it.size());
      }
      for (int r = 0; r < rows; r++) {
        List<String> row = new ArrayList<>();
        for (List<String> it : items) row.add(r < it.size() ? it.get(r) : "");
        out.add(String.join("\t", row));
      }
    }
    return out;
  }

  private static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (word.isEmpty()) continue;
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (!line.isEmpty()) out.add(line.toString());
    return out;
  }

  private static void draw(PDPageContentStream cs, PDType0Font font, String text, float x, float y) throws IOException {
    cs.beginText();
    cs.setFont(font, SIZE);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  /** Characters the font lacks become '?', as a PDF's text layer would not carry them either. */
  private static String safe(String s, PDType0Font font) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == ' ') {
        b.appendCodePoint(cp);
        return;
      }
      try {
        font.encode(new String(Character.toChars(cp)));
        b.appendCodePoint(cp);
      } catch (Exception e) {
        b.append('?');
      }
    });
    return b.toString();
  }
}
