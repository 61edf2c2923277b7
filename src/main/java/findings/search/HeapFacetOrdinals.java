package findings.search;

import findings.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A reader whose facet fields read each document's ordinal from an array on the heap, for Lucene's facet counting.
 *
 * <p>Why: counting a search that matches a sixth of a million paragraphs reads an ordinal per match and counted field
 * (seven fields until dimensions were counted in groups), and read from the memory-mapped doc values each read went
 * through the mapping's liveness check and the codec's block decoding — in the profile of "looked after children" that
 * was half of the whole search. The ordinals of a segment never change, so each is read from disk once, into an
 * array (one or two bytes a document and counted field, four past 65,535 values: {@link Ordinals}), kept for as long
 * as the segment lives, and shared by every reader that holds the segment (a refresh after indexing reads only the new
 * segments). Lucene's facet module still does the counting; only the doc values it counts from are faster. The values a
 * search shows are named from each reader's split values ({@link CountedFieldState}), not read per search.
 *
 * <p>A segment's arrays are not filled when the reader opens, nor by the count that first wants them: that count
 * reads the index's own doc values, and asks for the arrays to be filled a moment later on a background thread
 * ({@link #onHeap}). Reading a million paragraphs' ordinals was 45% of the profile of {@code serve}'s first request at
 * 1M when that request counted many matches; filled beside it, they took the cores it needed. Once filled, every count
 * reads them.
 */
final class HeapFacetOrdinals {
  private HeapFacetOrdinals() {}

  /** The fields facets are counted from: one per group of dimensions counted together. */
  private static final Set<String> FACET_FIELDS =
      Fields.COUNTED_TOGETHER.stream().map(Fields::countedDimension).map(Fields::facetField).collect(Collectors.toUnmodifiableSet());

  /** Ordinals by segment (its core cache key) and field; a segment's entry goes when the segment is closed. */
  private static final Map<Object, Map<String, Ordinals>> BY_SEGMENT = new ConcurrentHashMap<>();

  /** How long after a count found them missing a field's ordinals are read: long enough for its answer to go out. */
  static final long FILL_DELAY_MILLIS = 1_000;

  private static final ScheduledExecutorService FILLER = Executors.newSingleThreadScheduledExecutor(
      task -> Thread.ofPlatform().daemon().name("facet ordinals").unstarted(task));

  /** The readers and fields whose filling is scheduled, so that each is scheduled once. */
  private static final Set<List<Object>> SCHEDULED = ConcurrentHashMap.newKeySet();

  /**
   * Whether a field's ordinals are on the heap in every segment of a reader made by {@link #wrap}. When they are not,
   * they are read on a background thread a moment later (once), and the caller counts from the index's own doc values
   * meanwhile; the same ordinals, so the counts are the same either way.
   */
  static boolean onHeap(IndexReader reader, String field) {
    if (!(reader instanceof Wrapped wrapped)) return false;
    boolean all = true;
    for (LeafReaderContext leaf : reader.leaves()) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      if (core == null) return false; // a segment the arrays cannot be kept for (keyed by its core)
      if (filled(core, field) == null) all = false;
    }
    if (!all) fillLater(wrapped, field);
    return all;
  }

  /** A segment's ordinals of a field, or null while they are not read. */
  private static Ordinals filled(IndexReader.CacheHelper core, String field) {
    Map<String, Ordinals> fields = BY_SEGMENT.get(core.getKey());
    return fields == null ? null : fields.get(field);
  }

  private static void fillLater(Wrapped reader, String field) {
    List<Object> key = List.of(reader.getReaderCacheHelper().getKey(), field);
    if (!SCHEDULED.add(key)) return;
    FILLER.schedule(() -> {
      DirectoryReader open = reader.getDelegate();
      try {
        if (!open.tryIncRef()) return; // closed since: its successor asks for its own segments
        try {
          for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader() instanceof HeapLeaf heap && heap.getCoreCacheHelper() != null) {
              heap.ordinals(field, heap.getCoreCacheHelper());
            }
          }
        } finally {
          open.decRef();
        }
      } catch (IOException | RuntimeException e) {
        // counts go on from the doc values; the next count that wants the arrays schedules them again
      } finally {
        SCHEDULED.remove(key);
      }
    }, FILL_DELAY_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** The same reader, its facet fields read from the heap. */
  static DirectoryReader wrap(DirectoryReader reader) throws IOException {
    return new Wrapped(reader);
  }

  private static final class Wrapped extends FilterDirectoryReader {
    Wrapped(DirectoryReader in) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new HeapLeaf(reader);
        }
      });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new Wrapped(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static final class HeapLeaf extends FilterLeafReader {
    HeapLeaf(LeafReader in) {
      super(in);
    }

    /**
     * A counted field's doc values, their ordinals from the heap. Once the arrays hold the field, the index's own doc
     * values are opened only if a label or the terms are asked for — rarely, as labels are remembered — since opening
     * them (their term dictionary) was about a twentieth of a full search at 10,000 paragraphs, made for each count.
     */
    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) throws IOException {
      CacheHelper core = in.getCoreCacheHelper();
      if (core == null || !FACET_FIELDS.contains(field)) return in.getSortedSetDocValues(field);
      Ordinals known = filled(core, field);
      if (known != null) return DocValues.singleton(new HeapSorted(this, field, core, known, null));
      SortedSetDocValues values = in.getSortedSetDocValues(field);
      if (values == null) return null;
      SortedDocValues single = DocValues.unwrapSingleton(values);
      if (single == null) return values; // several values a document: not the shape the arrays hold
      return DocValues.singleton(new HeapSorted(this, field, core, null, single));
    }

    /** The index's own doc values of a field that has one value a document. */
    SortedDocValues onDisk(String field) throws IOException {
      return DocValues.unwrapSingleton(in.getSortedSetDocValues(field));
    }

    /** The field's ordinals of this segment, read from disk the first time they are asked for. */
    Ordinals ordinals(String field, CacheHelper core) {
      Map<String, Ordinals> fields = BY_SEGMENT.computeIfAbsent(core.getKey(), key -> {
        core.addClosedListener(BY_SEGMENT::remove);
        return new ConcurrentHashMap<>();
      });
      return fields.computeIfAbsent(field, f -> {
        try {
          return Ordinals.read(onDisk(f), in.maxDoc());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /**
   * Each document's ordinal; -1 for a document without a value. Held in the narrowest array its field's values fit:
   * a count reads one entry per match and counted field, and at a million paragraphs a search with a hundred thousand
   * matches reads them from arrays too large for the processor's caches, so an array half as wide is half as much to
   * read. Most counted fields have at most 255 values (the authorities, the year and type, the grade and kind).
   */
  static final class Ordinals {
    private final byte[] tiny; // ordinal + 1, unsigned, 0 = none: when the field has at most 255 values
    private final short[] small; // the same, when it has at most 65,535
    private final int[] large;
    private final int valueCount;
    private final int withValue; // documents with a value: the doc values' cost, which Lucene orders iterators by

    private Ordinals(byte[] tiny, short[] small, int[] large, int valueCount, int withValue) {
      this.tiny = tiny;
      this.small = small;
      this.large = large;
      this.valueCount = valueCount;
      this.withValue = withValue;
    }

    static Ordinals read(SortedDocValues values, int maxDoc) throws IOException {
      int count = values.getValueCount();
      byte[] tiny = count <= 0xFF ? new byte[maxDoc] : null;
      short[] small = tiny == null && count <= 0xFFFF ? new short[maxDoc] : null;
      int[] large = tiny == null && small == null ? new int[maxDoc] : null;
      if (large != null) Arrays.fill(large, -1);
      int withValue = 0;
      for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        withValue++;
        int ord = values.ordValue();
        if (tiny != null) tiny[doc] = (byte) (ord + 1);
        else if (small != null) small[doc] = (short) (ord + 1);
        else large[doc] = ord;
      }
      return new Ordinals(tiny, small, large, count, withValue);
    }

    int ord(int doc) {
      if (tiny != null) return (tiny[doc] & 0xFF) - 1;
      return small != null ? (small[doc] & 0xFFFF) - 1 : large[doc];
    }
  }

  /**
   * A segment's sorted doc values with ordinals from the heap; labels and the terms come from the index's own doc
   * values (a fresh instance per use, as doc values are not shared between threads).
   */
  private static final class HeapSorted extends SortedDocValues {
    private final HeapLeaf leaf;
    private final String field;
    private final IndexReader.CacheHelper core;
    private final int maxDoc;
    private SortedDocValues onDisk;
    private Ordinals ordinals;
    private int doc = -1;
    private int ord = -1;

    /** Either the ordinals are known or the index's doc values are open; the other is fetched when first needed. */
    HeapSorted(HeapLeaf leaf, String field, IndexReader.CacheHelper core, Ordinals ordinals, SortedDocValues onDisk) {
      this.leaf = leaf;
      this.field = field;
      this.core = core;
      this.ordinals = ordinals;
      this.onDisk = onDisk;
      this.maxDoc = leaf.maxDoc();
    }

    private Ordinals ordinals() {
      Ordinals o = ordinals;
      if (o == null) ordinals = o = leaf.ordinals(field, core);
      return o;
    }

    private SortedDocValues onDisk() throws IOException {
      SortedDocValues d = onDisk;
      if (d == null) onDisk = d = leaf.onDisk(field);
      return d;
    }

    @Override
    public int ordValue() {
      return ord;
    }

    @Override
    public BytesRef lookupOrd(int ord) throws IOException {
      return onDisk().lookupOrd(ord);
    }

    @Override
    public int getValueCount() {
      if (ordinals != null) return ordinals.valueCount;
      return onDisk.getValueCount();
    }

    @Override
    public TermsEnum termsEnum() throws IOException {
      return onDisk().termsEnum();
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      ord = ordinals().ord(target);
      return ord >= 0;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return doc == NO_MORE_DOCS ? NO_MORE_DOCS : advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      Ordinals o = ordinals();
      for (int d = target; d < maxDoc; d++) {
        int found = o.ord(d);
        if (found >= 0) {
          ord = found;
          return doc = d;
        }
      }
      ord = -1;
      return doc = NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      if (ordinals != null) return ordinals.withValue;
      return onDisk.cost();
    }
  }
}
