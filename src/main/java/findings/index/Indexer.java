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
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.Term;
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
  private final boolean outdated;

  /**
   * The shape of the documents this version writes. Raise it whenever a field is added or analysed differently:
   * an index written with another shape is rebuilt from its source files on the next run.
   */
  static final String SCHEMA = "5";

  private static final String SCHEMA_KEY = "findings.schema";

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
    this.outdated = writer.getDocStats().numDocs > 0 && !SCHEMA.equals(schemaOf(writer));
  }

  private static String schemaOf(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) for (Map.Entry<String, String> e : data) if (e.getKey().equals(SCHEMA_KEY)) return e.getValue();
    return null;
  }

  /** Whether the index was written by a version of Findings whose documents had another shape: re-read every source. */
  public boolean outdated() {
    return outdated;
  }

  /** The writer, for near-real-time readers that should see what is being indexed. */
  public IndexWriter writer() {
    return writer;
  }

  /** Every source file in the index, by source path. */
  public Map<String, IndexedFile> indexedFiles() throws IOException {
    Map<String, IndexedFile> files = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      // The report documents straight from the postings of their type: a top-N search sized to the whole index
      // would first allocate a slot for every one of a million paragraphs.
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        PostingsEnum reports = r.postings(new Term(Fields.DOC_TYPE, Fields.REPORT));
        if (reports == null) continue;
        Bits live = r.getLiveDocs();
        BinaryDocValues source = DocValues.getBinary(r, Fields.FILE_SOURCE);
        BinaryDocValues sha = DocValues.getBinary(r, Fields.FILE_SHA256);
        SortedDocValues reportId = DocValues.getSorted(r, Fields.REPORT_ID);
        NumericDocValues size = DocValues.getNumeric(r, Fields.FILE_SIZE);
        NumericDocValues modified = DocValues.getNumeric(r, Fields.FILE_MODIFIED);
        for (int doc = reports.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reports.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          if (!source.advanceExact(doc) || !sha.advanceExact(doc) || !reportId.advanceExact(doc)
              || !size.advanceExact(doc) || !modified.advanceExact(doc)) {
            throw new IOException("report document " + doc + " lacks its file record; rebuild the index (delete it and run index again)");
          }
          IndexedFile f = new IndexedFile(source.binaryValue().utf8ToString(), reportId.lookupOrd(reportId.ordValue()).utf8ToString(),
              sha.binaryValue().utf8ToString(), size.longValue(), modified.longValue());
          files.put(f.source(), f);
        }
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

  /** Makes everything since the last commit durable and visible; a run that changed nothing writes nothing. */
  public void commit() throws IOException {
    if (!writer.hasUncommittedChanges() && SCHEMA.equals(schemaOf(writer))) return;
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
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
