package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** Counting from the heap's ordinals gives exactly the counts of the index's own doc values, in every dimension. */
class HeapFacetOrdinalsTest {
  @Test
  void theHeapCountsWhatTheIndexCounts() throws Exception {
    Path index = Files.createTempDirectory("findings-heap").resolve("index");
    // Two runs, so the index has more than one segment and counting maps segment ordinals to global ones.
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds/001_15de77b5f4537637.txt", "seeds/002_123b325bf212f2cb.txt"));
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    FacetsConfig config = new FacetsConfig();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
      DirectoryReader onHeap = HeapFacetOrdinals.wrap(reader);
      int compared = 0;
      for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term(Fields.TEXT, "foster"))}) {
        for (String dim : Fields.FACETS) {
          String field = Fields.facetField(dim);
          FacetResult expected = count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim);
          FacetResult actual = count(onHeap, new DefaultSortedSetDocValuesReaderState(onHeap, field, config), query, dim);
          assertEquals(expected, actual, dim + " for " + query);
          if (expected != null && expected.labelValues.length > 0) compared++;
        }
      }
      assertTrue(compared >= 10, "dimensions with counts compared: " + compared);
    }
  }

  @Test
  void theArraysAreFilledInTheBackgroundAfterTheFirstCountAsksForThem() throws Exception {
    Path index = Files.createTempDirectory("findings-heap-later").resolve("index");
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
      assertEquals(count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim),
          count(onHeap, new DefaultSortedSetDocValuesReaderState(onHeap, field, config), query, dim));
    }
  }

  private static FacetResult count(DirectoryReader reader, SortedSetDocValuesReaderState state, Query query, String dim)
      throws Exception {
    FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
    return new SortedSetDocValuesFacetCounts(state, matches).getTopChildren(1000, dim);
  }
}
