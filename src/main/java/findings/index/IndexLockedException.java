package findings.index;

import java.nio.file.Path;

/** Another process is writing this index; two writers would corrupt it, so the second one stops. */
public class IndexLockedException extends RuntimeException {
  public IndexLockedException(Path dir, Throwable cause) {
    super("the index " + dir + " is in use by another Findings process (indexing or serving); stop it or use another --index", cause);
  }
}
