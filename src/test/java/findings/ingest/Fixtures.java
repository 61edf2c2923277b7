package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import findings.model.Gazetteer;
import findings.model.Report;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The golden reports kept beside the ingest tests (src/test/resources/findings/ingest), each with what it came from. */
final class Fixtures {
  private static final ReportReader READER = new ReportReader(Gazetteer.load());

  private Fixtures() {}

  static Path path(String name) throws Exception {
    URL url = Fixtures.class.getResource(name);
    assertNotNull(url, name);
    return Path.of(url.toURI());
  }

  static Report read(String name) throws Exception {
    return READER.read(path(name));
  }

  /** A report a test writes: {@code text} saved as the file {@code name} in {@code dir}, and read as any file is. */
  static Report readText(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return READER.read(file);
  }
}
