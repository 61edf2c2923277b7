package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** Counting from the heap's ordinals gives exactly the counts of the index's own doc values, in every counted field. */
class HeapFacetOrdinalsTest {
  @Test
  void theHeapCountsWhatTheIndexCounts() throws Exception {
    Path index = FacetIndexes.severalSegments("findings-heap");
    FacetsConfig config = new FacetsConfig();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
      DirectoryReader onHeap = HeapFacetOrdinals.wrap(reader);
      int compared = 0;
      for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term(Fields.TEXT, "foster"))}) {
        for (java.util.List<String> group : Fields.COUNTED_TOGETHER) {
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
      assertEquals(FacetIndexes.count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim),
          FacetIndexes.count(onHeap, new DefaultSortedSetDocValuesReaderState(onHeap, field, config), query, dim));
    }
  }

}
