package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import findings.model.ReportSummary;
import findings.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different reports whose metadata make the same id: the file first in path order keeps the plain id and the
 * other takes a suffix of its content's hash, however long each takes to read. The files are read side by side, so
 * without an order the short one, read first, took the plain id, and a rebuild could swap the two (api.md: "The same
 * file always gets the same id").
 */
class CollidingIdsTest {
  @TempDir Path tmp;

  @Test
  void theFileFirstInPathOrderKeepsThePlainIdWhicheverIsReadFirst() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    String seed = Files.readString(Path.of("seeds", "001_15de77b5f4537637.txt"));
    // The first file is long, so that it is read last when both are read at once.
    StringBuilder longer = new StringBuilder(seed);
    for (int i = 0; i < 60; i++) longer.append("\n\nAddendum ").append(i).append(": ").append(seed, 0, Math.min(seed.length(), 20_000));
    Files.writeString(folder.resolve("a-long.txt"), longer);
    Files.writeString(folder.resolve("b-short.txt"), seed + "\n\nAddendum: a note that makes this copy different.\n");

    for (int build = 0; build < 2; build++) {
      Path index = tmp.resolve("index-" + build);
      assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
      Map<String, String> idByFile;
      try (SearchService s = new SearchService(index)) {
        idByFile = s.reports().stream()
            .collect(Collectors.toMap(r -> Path.of(r.sourceFile()).getFileName().toString(), ReportSummary::id));
      }
      String plain = idByFile.get("a-long.txt");
      assertEquals("havering-joint-area-review-2007-02-06", plain, idByFile.toString());
      assertNotEquals(plain, idByFile.get("b-short.txt"));
      assertEquals(true, idByFile.get("b-short.txt").startsWith(plain + "-"), idByFile.toString());
    }
  }
}
