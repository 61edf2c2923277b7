package findings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF report into lines with page numbers, in the same shape as a text report: one line per paragraph or
 * list item, blank lines between paragraphs, running headers, footers and page numbers removed.
 */
public final class PdfSource {
  private static final String PARAGRAPH_MARK = "\u2029";
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
  private static final Pattern LIST_START = Pattern.compile("^(?:[-•▪●◦]\\s|\\d{1,3}\\.\\s|[" + LineClassifier.SUPERSCRIPTS + "])");

  private PdfSource() {}

  public static List<SourceLine> read(Path file, byte[] bytes) throws RejectedFileException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (!doc.getCurrentAccessPermission().canExtractContent()) {
        throw new RejectedFileException(file, "PDF forbids text extraction (its permissions deny copying)");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      // Sorting by position costs time but puts text in reading order for PDFs whose content stream is not.
      stripper.setSortByPosition(true);
      stripper.setParagraphStart(PARAGRAPH_MARK);
      stripper.setLineSeparator("\n");
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
    } catch (InvalidPasswordException e) {
      throw new RejectedFileException(file, "encrypted PDF: it needs a password to open", e);
    } catch (IOException e) {
      throw new RejectedFileException(file, "not a readable PDF (" + e.getMessage() + ")", e);
    }
    boolean anyText = pages.stream().anyMatch(t -> !t.replace(PARAGRAPH_MARK, "").isBlank());
    if (!anyText) {
      throw new RejectedFileException(file, "PDF has no text layer (a scanned document?): it needs OCR before it can be indexed");
    }
    return toLines(pages);
  }

  static List<SourceLine> toLines(List<String> pages) {
    List<List<String>> pageLines = new ArrayList<>();
    for (String page : pages) {
      List<String> lines = new ArrayList<>();
      for (String l : page.split("\n")) lines.add(l.stripTrailing());
      pageLines.add(lines);
    }
    Map<String, Integer> edgeCounts = runningLineCounts(pageLines);
    int threshold = Math.max(2, (pageLines.size() + 1) / 2);
    List<SourceLine> out = new ArrayList<>();
    for (int p = 0; p < pageLines.size(); p++) {
      List<String> lines = pageLines.get(p);
      int first = firstContent(lines);
      int last = lastContent(lines);
      StringBuilder logical = null;
      for (int i = 0; i < lines.size(); i++) {
        String raw = lines.get(i);
        boolean newParagraph = raw.startsWith(PARAGRAPH_MARK);
        String text = raw.replace(PARAGRAPH_MARK, "").strip();
        if (text.isEmpty()) continue;
        boolean edge = i <= first + 1 || i >= last - 1;
        if (edge && (PAGE_NUMBER.matcher(text).matches()
            || pageLines.size() >= 2 && edgeCounts.getOrDefault(runningKey(text), 0) >= threshold)) {
          continue; // running header, footer or page number
        }
        boolean startsItem = LIST_START.matcher(text).find();
        if (logical != null && !newParagraph && !startsItem) {
          logical.append(' ').append(text);
          continue;
        }
        if (logical != null) {
          out.add(new SourceLine(logical.toString(), p + 1));
          if (newParagraph && !startsItem) out.add(new SourceLine("", p + 1));
        }
        logical = new StringBuilder(text);
      }
      if (logical != null) out.add(new SourceLine(logical.toString(), p + 1));
      out.add(new SourceLine("", p + 1));
    }
    return out;
  }

  /** How many pages carry each line at their top or bottom, with digits blurred ("Page 3" = "Page 4"). */
  private static Map<String, Integer> runningLineCounts(List<List<String>> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> lines : pages) {
      int first = firstContent(lines);
      int last = lastContent(lines);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i > first + 1 && i < last - 1) continue;
        String t = lines.get(i).replace(PARAGRAPH_MARK, "").strip();
        if (!t.isEmpty() && seen.add(runningKey(t))) counts.merge(runningKey(t), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String runningKey(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }

  private static int firstContent(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (!lines.get(i).replace(PARAGRAPH_MARK, "").isBlank()) return i;
    return 0;
  }

  private static int lastContent(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).replace(PARAGRAPH_MARK, "").isBlank()) return i;
    return lines.size() - 1;
  }
}
