package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** Remembered labels count and name every value as Lucene's own state does, on one segment and on several. */
class RememberedLabelsTest {
  @Test
  void severalSegmentsCountAsTheIndexCounts() throws Exception {
    Path index = FacetIndexes.severalSegments("findings-labels");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
      SortedSetDocValuesReaderState state = new RememberedLabels(reader, Fields.facetField(Fields.AUTHORITY), new FacetsConfig());
      assertInstanceOf(MultiDocValues.MultiSortedSetDocValues.class, state.getDocValues());
      assertSameCounts(reader);
    }
  }

  @Test
  void oneSegmentCountsAsTheIndexCounts() throws Exception {
    Path index = Files.createTempDirectory("findings-labels-one").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    // Indexed on every core, the seeds land in more than one segment: merged, there is no ordinal map.
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      writer.forceMerge(1);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(1, reader.leaves().size());
      assertSameCounts(reader);
    }
  }

  private static void assertSameCounts(DirectoryReader reader) throws Exception {
    FacetsConfig config = new FacetsConfig();
    int compared = 0;
    for (String dim : Fields.FACETS) {
      String field = Fields.facetField(dim);
      SortedSetDocValuesReaderState remembered = new RememberedLabels(reader, field, config);
      for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term(Fields.TEXT, "foster")),
          new TermQuery(new Term(Fields.TEXT, "respit"))}) {
        FacetResult expected = FacetIndexes.count(reader, new DefaultSortedSetDocValuesReaderState(reader, field, config), query, dim);
        // Twice: the second count names its values from what the first remembered.
        assertEquals(expected, FacetIndexes.count(reader, remembered, query, dim), dim + " for " + query);
        assertEquals(expected, FacetIndexes.count(reader, remembered, query, dim), dim + " for " + query + ", again");
        if (expected != null && expected.labelValues.length > 1) compared++;
      }
    }
    assertTrue(compared >= 10, "dimensions with counts compared: " + compared);
  }

}
