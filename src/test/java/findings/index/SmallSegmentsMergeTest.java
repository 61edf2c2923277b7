package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small index is one segment after each commit, whatever the indexing threads flushed and however many runs wrote
 * it: each further segment is a fixed cost in every search (SmallSegmentsMergePolicy).
 */
class SmallSegmentsMergeTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void eachRunLeavesTheSmallIndexInOneSegment() throws Exception {
    Path work = Files.createTempDirectory(tmp, "findings-segments");
    Path reports = Files.createDirectory(work.resolve("reports"));
    Path index = work.resolve("index");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds.subList(0, seeds.size() - 1)) Files.copy(seed, reports.resolve(seed.getFileName()));
    assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
    int first = paragraphsAndSegments(index)[0];
    assertEquals(1, paragraphsAndSegments(index)[1], "segments after the first run");

    Path last = seeds.get(seeds.size() - 1);
    Files.copy(last, reports.resolve(last.getFileName()));
    assertEquals(0, Main.execute("index", "--index", index.toString(), reports.toString()));
    int[] after = paragraphsAndSegments(index);
    assertEquals(1, after[1], "segments after a second run added a report");
    assertEquals(true, after[0] > first, "the second run's report is in the merged segment");
  }

  /** Documents and segments in the index's last commit. */
  private static int[] paragraphsAndSegments(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new int[] {reader.numDocs(), reader.leaves().size()};
    }
  }
}
