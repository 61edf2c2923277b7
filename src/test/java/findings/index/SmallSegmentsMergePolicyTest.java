package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which segments a commit merges: the small ones together, never one at or above the floor (16 MB). */
class SmallSegmentsMergePolicyTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void aCommitMergesTheSmallSegmentsAndLeavesALargeOneAsItIs() throws Exception {
    try (Directory dir = FSDirectory.open(Files.createTempDirectory(tmp, "findings-policy"));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
            .setMergePolicy(new SmallSegmentsMergePolicy()).setMaxFullFlushMergeWaitMillis(10_000))) {
      // 17 MB of stored bytes that do not compress: one segment above the floor.
      Random random = new Random(28);
      for (int i = 0; i < 17; i++) {
        byte[] bytes = new byte[1 << 20];
        random.nextBytes(bytes);
        Document doc = new Document();
        doc.add(new StoredField("bytes", bytes));
        writer.addDocument(doc);
      }
      writer.commit();
      List<SegmentCommitInfo> first = segments(dir);
      assertEquals(1, first.size());
      assertTrue(first.get(0).sizeInBytes() >= 16L << 20, "large: " + first.get(0).sizeInBytes());
      String large = first.get(0).info.name;

      for (int run = 0; run < 3; run++) {
        Document doc = new Document();
        doc.add(new StoredField("bytes", new byte[] {(byte) run}));
        writer.addDocument(doc);
        writer.commit();
        List<SegmentCommitInfo> now = segments(dir);
        assertEquals(2, now.size(), "after small commit " + run + ": " + names(now));
        assertTrue(names(now).contains(large), "the large segment is not rewritten: " + names(now));
      }
      assertEquals(20, writer.getDocStats().numDocs);
    }
  }

  private static List<SegmentCommitInfo> segments(Directory dir) throws Exception {
    List<SegmentCommitInfo> out = new ArrayList<>();
    SegmentInfos.readLatestCommit(dir).forEach(out::add);
    return out;
  }

  private static List<String> names(List<SegmentCommitInfo> infos) {
    return infos.stream().map(i -> i.info.name).toList();
  }
}
