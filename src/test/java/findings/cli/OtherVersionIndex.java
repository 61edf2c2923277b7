package findings.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Makes an index look to this version as one written by another: another schema in its last commit. */
final class OtherVersionIndex {
  private OtherVersionIndex() {}

  /** Commits {@code schema} as the index's schema; the next {@code findings index} rebuilds it from its sources. */
  static void mark(Path index, String schema) throws IOException {
    try (var dir = FSDirectory.open(index); var writer = new IndexWriter(dir, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("findings.schema", schema).entrySet());
      writer.commit();
    }
  }
}
