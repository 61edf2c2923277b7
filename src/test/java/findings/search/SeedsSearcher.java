package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** The seeds indexed as `findings index` indexes them, opened for tests that search with plain Lucene. */
record SeedsSearcher(DirectoryReader reader, IndexSearcher searcher) implements AutoCloseable {
  static SeedsSearcher open(Path parent, String prefix) throws Exception {
    Path index = Files.createTempDirectory(parent, prefix).resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
    return new SeedsSearcher(reader, new IndexSearcher(reader));
  }

  @Override
  public void close() throws Exception {
    reader.close();
  }
}
