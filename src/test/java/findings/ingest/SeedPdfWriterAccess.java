package findings.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages typeset a text report as a PDF. */
public final class SeedPdfWriterAccess {
  private SeedPdfWriterAccess() {}

  public static Path write(Path text, Path pdf) throws IOException {
    return SeedPdfWriter.write(text, pdf);
  }
}
