package findings.index;

import findings.model.Report;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes reports into the index. Each report replaces whatever its source file produced before, in one atomic
 * update, and nothing is visible to readers until {@link #commit()}: a crash leaves the last commit intact.
 */
public final class Indexer implements AutoCloseable {
  private final Directory directory;
  private final Lock writeLock;
  private final ParagraphDocuments documents;
  /** The last commit's user data, or null when the folder holds no index yet. */
  private final Map<String, String> lastCommit;
  private final boolean outdated;
  private volatile IndexWriter writer;
  /** The last commit as the file check read it, until searches take it over; guarded by this. */
  private DirectoryReader checked;

  /**
   * The shape of the documents this version writes. Raise it whenever a field is added or analysed differently, or
   * the parser reads reports differently (an unchanged file is not read again, so its paragraphs would keep the old
   * reading): an index written with another shape is rebuilt from its source files on the next run. The fingerprint
   * of the resource files that decide what is indexed is part of it ({@link Vocabulary#fingerprint}): a changed
   * thesaurus (its sets are indexed as {@link Concepts}), list of common words, themes or gazetteer rebuilds too.
   */
  static final String SCHEMA = "29/" + Vocabulary.fingerprint();

  private static final String SCHEMA_KEY = "findings.schema";

  /**
   * Takes the index folder for writing: a second process is refused here, before anything is read or served. The
   * writer itself opens on first use: a run that finds nothing changed never opens it (at a million paragraphs,
   * opening it is a good part of a second of {@code serve}'s start).
   */
  public Indexer(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new NotDirectoryException(dir.toString()); // a file stands where the index folder should
    }
    this.directory = FSDirectory.open(dir);
    try {
      this.writeLock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(dir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.documents = new ParagraphDocuments(ParagraphDocuments.facetsConfig());
    Map<String, String> commit = null;
    boolean hasDocuments = false;
    try {
      SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
      commit = infos.getUserData();
      hasDocuments = infos.totalMaxDoc() > 0;
    } catch (IndexNotFoundException e) {
      // a new folder, or one whose first run never committed
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    this.lastCommit = commit;
    this.outdated = hasDocuments && !SCHEMA.equals(commit.get(SCHEMA_KEY));
  }

  /** Whether the folder holds a commit in this version's shape, which searches can read as it stands. */
  public boolean searchable() {
    return lastCommit != null && SCHEMA.equals(lastCommit.get(SCHEMA_KEY));
  }

  /**
   * Whether the index folder's last commit was written in this version's shape (or holds no index), read without
   * taking the folder: searches of an index of another shape would miss what it lacks (a quoted thesaurus phrase
   * finds nothing where its concept terms were never indexed), so they are refused until the index is rebuilt.
   */
  public static boolean readableByThisVersion(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      return infos.totalMaxDoc() == 0 || SCHEMA.equals(infos.getUserData().get(SCHEMA_KEY));
    } catch (IndexNotFoundException e) {
      return true;
    }
  }

  /** Whether a folder holds a Lucene index at all (a commit to open), as opposed to being empty or holding other files. */
  public static boolean holdsIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  /** How many segments the folder's last commit holds (0 when it holds no index): what each search walks. */
  public static int segments(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).size();
    } catch (IndexNotFoundException e) {
      return 0;
    }
  }

  /** Whether the index was written by a version of Findings whose documents had another shape: re-read every source. */
  public boolean outdated() {
    return outdated;
  }

  /** The writer, opened on first use with the lock taken when this indexer was made. */
  public IndexWriter writer() throws IOException {
    IndexWriter w = writer;
    if (w != null) return w;
    synchronized (this) {
      if (writer == null) {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perFieldIndex());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        // Small segments are merged into one at each commit, and the commit waits for it (they are small), so that
        // what it makes visible is already the merged index.
        config.setMergePolicy(new SmallSegmentsMergePolicy());
        config.setMaxFullFlushMergeWaitMillis(10_000);
        writer = new IndexWriter(new HeldLock(directory, writeLock), config);
        // From here on the writer's own readers say what the index holds; an old commit's would keep its files.
        if (checked != null) checked.close();
        checked = null;
      }
      return writer;
    }
  }

  /** Hands the writer the lock this indexer already holds, instead of asking the folder for it a second time. */
  private static final class HeldLock extends FilterDirectory {
    private Lock held;

    HeldLock(Directory in, Lock held) {
      super(in);
      this.held = held;
    }

    @Override
    public synchronized Lock obtainLock(String name) throws IOException {
      if (held != null && name.equals(IndexWriter.WRITE_LOCK_NAME)) {
        Lock lock = held;
        held = null;
        return lock;
      }
      return super.obtainLock(name);
    }
  }

  private static String schemaOf(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) for (Map.Entry<String, String> e : data) if (e.getKey().equals(SCHEMA_KEY)) return e.getValue();
    return null;
  }

  /** Every source file in the index, by source path. */
  public Map<String, IndexedFile> indexedFiles() throws IOException {
    Map<String, IndexedFile> files = new HashMap<>();
    // Until something is written, the last commit is what the index holds: the writer need not open to say so.
    IndexWriter w = writer;
    if (w == null && lastCommit == null) return files;
    DirectoryReader reader = w != null ? DirectoryReader.open(w) : checkedCommit();
    try {
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
        String[] reportIds = valuesByOrd(reportId);
        for (int doc = reports.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reports.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          if (!source.advanceExact(doc) || !sha.advanceExact(doc) || !reportId.advanceExact(doc)
              || !size.advanceExact(doc) || !modified.advanceExact(doc)) {
            throw new IOException("report document " + doc + " lacks its file record; rebuild the index (delete it and run index again)");
          }
          IndexedFile f = new IndexedFile(source.binaryValue().utf8ToString(), reportIds[reportId.ordValue()],
              sha.binaryValue().utf8ToString(), size.longValue(), modified.longValue());
          files.put(f.source(), f);
        }
      }
    } finally {
      reader.decRef();
    }
    return files;
  }

  /**
   * A segment's values of a sorted field in ord order, read front to back: the terms are stored in compressed blocks,
   * and looking each report's id up by its ord decompressed a block per report (at a million paragraphs, most of the
   * file check's reading of what the index holds).
   */
  private static String[] valuesByOrd(SortedDocValues values) throws IOException {
    String[] byOrd = new String[values.getValueCount()];
    TermsEnum terms = values.termsEnum();
    int ord = 0;
    for (BytesRef term = terms.next(); term != null; term = terms.next()) byOrd[ord++] = term.utf8ToString();
    return byOrd;
  }

  /** The last commit's reader, kept for the searches that may follow; the caller releases its reference. */
  private synchronized DirectoryReader checkedCommit() throws IOException {
    if (checked == null) checked = DirectoryReader.open(directory);
    checked.incRef();
    return checked;
  }

  /**
   * A reader of the last commit, for searches; the caller owns it. When the file check read the index and nothing
   * was written since (the writer never opened, and no one else can write while the folder is held), the check's
   * reader is handed over: at a million paragraphs, opening every segment again is a fifth of a second of
   * {@code serve}'s start.
   */
  public synchronized DirectoryReader lastCommitReader() throws IOException {
    DirectoryReader kept = checked;
    checked = null;
    return kept != null ? kept : DirectoryReader.open(directory);
  }

  /**
   * Adds the report, replacing everything indexed before from the same source file, atomically.
   *
   * @throws ReportRefusedException where Lucene refuses one of its documents; the index stays open and as it was
   */
  public void put(Report report, String source, long size, long modified) throws IOException {
    try {
      writer().updateDocuments(new Term(Fields.SOURCE, source), documents.documents(report, source, size, modified));
    } catch (IllegalArgumentException e) {
      // Lucene's refusal of a field, whether it builds the field (a facet value) or indexes it (a term), is not one
      // that closes its writer.
      throw new ReportRefusedException(e);
    }
  }

  /**
   * Empties the index, its fields' shapes too, for a rebuild in this version's shape: Lucene refuses a field indexed
   * one way in old segments and another way in new ones (the spell-check words gained term frequencies in schema 8),
   * so an outdated index is rebuilt empty rather than report by report over its old documents. Until the next commit
   * the last commit stays on disk as it was: a rebuild stopped half-way leaves the old index, and the next run starts
   * the rebuild again.
   */
  public void clear() throws IOException {
    writer().deleteAll();
  }

  public void remove(String source) throws IOException {
    writer().deleteDocuments(new Term(Fields.SOURCE, source));
  }

  /** Makes everything since the last commit durable and visible; a run that changed nothing writes nothing. */
  public void commit() throws IOException {
    if (writer == null && searchable()) return;
    IndexWriter w = writer();
    if (!w.hasUncommittedChanges() && SCHEMA.equals(schemaOf(w))) return;
    w.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
    w.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      synchronized (this) {
        if (checked != null) checked.close();
        checked = null;
      }
      // The writer releases the lock it was handed; one never opened leaves it to this indexer.
      if (writer != null) writer.close();
    } finally {
      try {
        writeLock.close();
      } finally {
        directory.close();
      }
    }
  }
}
