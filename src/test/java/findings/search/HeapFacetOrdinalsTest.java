package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting from the heap's ordinals gives exactly the counts of the index's own doc values, in every counted field. */
class HeapFacetOrdinalsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void theHeapCountsWhatTheIndexCounts() throws Exception {
    Path index = FacetIndexes.severalSegments(tmp, "findings-heap");
    FacetsConfig config = new FacetsConfig();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
      DirectoryReader onHeap = HeapFacetOrdinals.wrap(reader);
      int compared = 0;
      for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term(Fields.TEXT, "foster"))}) {
        for (List<String> group : Fields.COUNTED_TOGETHER) {
          String dim = Fields.countedDimension(group);
          String field = Fields.facetField(dim);
          FacetResult expected = FacetIndexes.count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim);
          FacetResult actual = FacetIndexes.count(onHeap, new DefaultSortedSetDocValuesReaderState(onHeap, field, config), query, dim);
          assertEquals(expected, actual, dim + " for " + query);
          if (expected != null && expected.labelValues.length > 0) compared++;
        }
      }
      assertTrue(compared >= 2 * Fields.COUNTED_TOGETHER.size(), "fields with counts compared: " + compared);
    }
  }

  @Test
  void theArraysAreFilledInTheBackgroundAfterTheFirstCountAsksForThem() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-heap-later").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    String field = Fields.facetField(Fields.FACETS.get(0));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      DirectoryReader onHeap = HeapFacetOrdinals.wrap(reader);
      assertFalse(HeapFacetOrdinals.onHeap(reader, field), "a reader not made by wrap() never counts from the heap");
      long asked = System.nanoTime();
      assertFalse(HeapFacetOrdinals.onHeap(onHeap, field), "filled before anything asked for them");
      // Asked once, the arrays arrive a moment later without another count asking.
      while (!HeapFacetOrdinals.onHeap(onHeap, field)) {
        assertTrue(System.nanoTime() - asked < 20_000_000_000L, "the arrays were never filled");
        Thread.sleep(50);
      }
      long waited = (System.nanoTime() - asked) / 1_000_000;
      assertTrue(waited >= HeapFacetOrdinals.FILL_DELAY_MILLIS - 50, "filled after " + waited + " ms, before the delay");
      FacetsConfig config = new FacetsConfig();
      String dim = Fields.FACETS.get(0);
      Query query = new TermQuery(new Term(Fields.TEXT, "foster"));
      assertEquals(FacetIndexes.count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim),
          FacetIndexes.count(onHeap, new DefaultSortedSetDocValuesReaderState(onHeap, field, config), query, dim));
    }
  }

  /**
   * Once a field's arrays are filled, its doc values come from them without the index's being opened first, and still
   * say what the index's say: the value count, the cost, every document's ordinal, every label and the terms.
   */
  @Test
  void filledDocValuesSayWhatTheIndexSays() throws Exception {
    Path index = FacetIndexes.severalSegments(tmp, "findings-heap-filled");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      DirectoryReader onHeap = HeapFacetOrdinals.wrap(reader);
      for (List<String> group : Fields.COUNTED_TOGETHER) {
        String field = Fields.facetField(Fields.countedDimension(group));
        for (int i = 0; i < reader.leaves().size(); i++) {
          LeafReader heapLeaf = onHeap.leaves().get(i).reader();
          // the first doc values fill the arrays when read; the second come from them
          SortedSetDocValues first = heapLeaf.getSortedSetDocValues(field);
          while (first.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) first.nextOrd();
          SortedDocValues expected = DocValues.unwrapSingleton(reader.leaves().get(i).reader().getSortedSetDocValues(field));
          SortedDocValues actual = DocValues.unwrapSingleton(heapLeaf.getSortedSetDocValues(field));
          String where = field + " in segment " + i;
          assertEquals(expected.getValueCount(), actual.getValueCount(), where);
          assertEquals(expected.cost(), actual.cost(), where);
          for (int ord = 0; ord < expected.getValueCount(); ord++) {
            assertEquals(expected.lookupOrd(ord), actual.lookupOrd(ord), where + ", ordinal " + ord);
          }
          TermsEnum terms = actual.termsEnum();
          for (int ord = 0; ord < expected.getValueCount(); ord++) assertEquals(expected.lookupOrd(ord), terms.next(), where);
          for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
            assertEquals(doc, actual.nextDoc(), where);
            assertEquals(expected.ordValue(), actual.ordValue(), where + ", document " + doc);
          }
          assertEquals(DocIdSetIterator.NO_MORE_DOCS, actual.nextDoc(), where);
        }
      }
    }
  }

  /**
   * Each width of array holds every ordinal of a field at its limits: 255 values fit a byte, 256 take a short, 65,535
   * fit a short, 65,536 take an int; and a document without a value reads -1 in each.
   */
  @Test
  void everyOrdinalReadsBackInEachWidthOfArray() throws Exception {
    for (int values : new int[] {1, 255, 256, 65_535, 65_536}) {
      try (Directory dir = new ByteBuffersDirectory()) {
        int documents = values + 2;
        try (IndexWriter w = new IndexWriter(dir,
            new IndexWriterConfig())) {
          for (int doc = 0; doc < documents; doc++) {
            Document d = new Document();
            // the last document has no value; the others name every value, the first twice
            if (doc < documents - 1) {
              String value = String.format(Locale.ROOT, "v%06d", Math.max(0, doc - 1));
              d.add(new SortedDocValuesField("f", new BytesRef(value)));
            }
            w.addDocument(d);
          }
          w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          LeafReader leaf = reader.leaves().get(0).reader();
          SortedDocValues expected = leaf.getSortedDocValues("f");
          assertEquals(values, expected.getValueCount());
          HeapFacetOrdinals.Ordinals read = HeapFacetOrdinals.Ordinals.read(leaf.getSortedDocValues("f"), leaf.maxDoc());
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            int ord = expected.advanceExact(doc) ? expected.ordValue() : -1;
            assertEquals(ord, read.ord(doc), "document " + doc + " of a field with " + values + " values");
          }
          assertEquals(-1, read.ord(documents - 1), values + " values");
          assertEquals(values - 1, read.ord(documents - 2), values + " values");
        }
      }
    }
  }
}
