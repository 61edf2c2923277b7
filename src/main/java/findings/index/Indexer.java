package findings.index;

import findings.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes reports into the index. Each report replaces whatever its source file produced before, in one atomic
 * update, and nothing is visible to readers until {@link #commit()}: a crash leaves the last commit intact.
 */
public final class Indexer implements AutoCloseable {
  private final Directory directory;
  private final IndexWriter writer;
  private final ParagraphDocuments documents;

  public Indexer(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perFieldIndex());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(dir, e);
    }
    FacetsConfig facets = ParagraphDocuments.facetsConfig();
    this.documents = new ParagraphDocuments(facets);
  }

  /** The writer, for near-real-time readers that should see what is being indexed. */
  public IndexWriter writer() {
    return writer;
  }

  /** Every source file in the index, by source path. */
  public Map<String, IndexedFile> indexedFiles() throws IOException {
    Map<String, IndexedFile> files = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      TermQuery reports = new TermQuery(new Term(Fields.DOC_TYPE, Fields.REPORT));
      for (ScoreDoc sd : searcher.search(reports, Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        IndexedFile f = new IndexedFile(d.get(Fields.SOURCE), d.get(Fields.REPORT_ID), d.get(Fields.SHA256),
            d.getField(Fields.SIZE).numericValue().longValue(), d.getField(Fields.MODIFIED).numericValue().longValue());
        files.put(f.source(), f);
      }
    }
    return files;
  }

  /** Adds the report, replacing everything indexed before from the same source file, atomically. */
  public void put(Report report, String source, long size, long modified) throws IOException {
    List<Document> docs = documents.documents(report, source, size, modified);
    writer.updateDocuments(new Term(Fields.SOURCE, source), docs);
  }

  public void remove(String source) throws IOException {
    writer.deleteDocuments(new Term(Fields.SOURCE, source));
  }

  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
