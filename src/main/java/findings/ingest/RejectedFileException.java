package findings.ingest;

import java.nio.file.Path;

/** A file that cannot become a report; the message says why, in words a user can act on. */
public class RejectedFileException extends Exception {
  private final Path file;

  public RejectedFileException(Path file, String reason) {
    super(reason);
    this.file = file;
  }

  public RejectedFileException(Path file, String reason, Throwable cause) {
    super(reason, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
