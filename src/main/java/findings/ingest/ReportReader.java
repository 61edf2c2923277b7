package findings.ingest;

import findings.model.Gazetteer;
import findings.model.Report;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Reads one report file, text or PDF, into a {@link Report}: the single entry point of ingestion. */
public final class ReportReader {
  private final ReportParser parser;

  public ReportReader(Gazetteer gazetteer) {
    this.parser = new ReportParser(gazetteer);
  }

  public static boolean isReportFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".pdf");
  }

  public Report read(Path file) throws RejectedFileException {
    byte[] bytes = TextSource.readBytes(file);
    return read(file, bytes);
  }

  public Report read(Path file, byte[] bytes) throws RejectedFileException {
    if (bytes.length == 0) throw new RejectedFileException(file, "empty file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<SourceLine> lines;
    if (name.endsWith(".pdf")) lines = PdfSource.read(file, bytes);
    else if (name.endsWith(".txt")) lines = TextSource.read(file, bytes);
    else throw new RejectedFileException(file, "not a .txt or .pdf file");
    if (lines.stream().allMatch(l -> l.text().isBlank())) throw new RejectedFileException(file, "no text in file");
    Report report = parser.parse(lines, file.getFileName().toString(), sha256(bytes));
    if (report.paragraphs().isEmpty()) throw new RejectedFileException(file, "no paragraphs of report text found");
    return report;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
