package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.ReportSummary;
import findings.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different reports whose metadata make the same id (api.md: "The same file always gets the same id", and ids
 * never change when the index is rebuilt): the file first in path order keeps the plain id and the other takes a
 * suffix of its content's hash, however long each takes to read, and each keeps its id from then on.
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
      Map<String, String> idByFile = ids(index);
      String plain = idByFile.get("a-long.txt");
      assertEquals("havering-joint-area-review-2007-02-06", plain, idByFile.toString());
      assertNotEquals(plain, idByFile.get("b-short.txt"));
      assertTrue(idByFile.get("b-short.txt").startsWith(plain + "-"), idByFile.toString());
    }
  }

  /** The ids a folder's reports have in an index, by file name. */
  private static Map<String, String> ids(Path index) throws Exception {
    try (SearchService s = new SearchService(index)) {
      return s.reports().stream()
          .collect(Collectors.toMap(r -> Path.of(r.sourceFile()).getFileName().toString(), ReportSummary::id));
    }
  }

  @Test
  void aReportKeepsItsIdWhenItsFileChangesWhenTheOtherIsGoneAndThroughARebuild() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    String seed = Files.readString(Path.of("seeds", "001_15de77b5f4537637.txt"));
    Files.writeString(folder.resolve("a.txt"), seed);
    Files.writeString(folder.resolve("b.txt"), seed + "\n\nAddendum: a second copy, different.\n");
    Path index = tmp.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    Map<String, String> first = ids(index);
    String suffixed = first.get("b.txt");
    assertNotEquals(first.get("a.txt"), suffixed);

    // Corrected: the suffix was the old content's hash, and stays.
    Files.writeString(folder.resolve("b.txt"), seed + "\n\nAddendum: a second copy, corrected.\n");
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    assertEquals(first, ids(index));

    // The file with the plain id is gone, and the index is rebuilt (as after an upgrade): b keeps its id.
    Files.delete(folder.resolve("a.txt"));
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    OtherVersionIndex.mark(index, "1");
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    assertEquals(Map.of("b.txt", suffixed), ids(index));

    // A new file with the same metadata does not take b's id.
    Files.writeString(folder.resolve("c.txt"), seed + "\n\nAddendum: a third copy.\n");
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    Map<String, String> last = ids(index);
    assertEquals(suffixed, last.get("b.txt"));
    assertNotEquals(suffixed, last.get("c.txt"));
  }
}
