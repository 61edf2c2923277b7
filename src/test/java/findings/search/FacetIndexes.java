package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Indexes of the seeds for the tests that compare facet counts, and Lucene's count of one dimension. */
final class FacetIndexes {
  private FacetIndexes() {}

  /**
   * The seeds indexed in two runs, so that the index has more than one segment and counting maps each segment's
   * ordinals to global ones.
   */
  static Path severalSegments(String prefix) throws Exception {
    Path index = Files.createTempDirectory(prefix).resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds/001_15de77b5f4537637.txt", "seeds/002_123b325bf212f2cb.txt"));
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    return index;
  }

  /** Queries of every operator the search language has, for comparing two ways of searching over the seeds. */
  static final List<String> OPERATOR_QUERIES = List.of("foster*", "health AND education AND training",
      "\"looked after children\" OR respite", "safeguarding NOT police", "children young people", "grade:good attendance",
      "\"short breaks\"~3");

  /** Two search services over one index of the seeds in several segments: as shipped, and with one path switched. */
  record Compared(SearchService shipped, SearchService switched) implements AutoCloseable {
    static Compared over(String prefix, java.util.function.Consumer<SearchService> switchOff) throws Exception {
      Path index = severalSegments(prefix);
      SearchService switched = new SearchService(index);
      switchOff.accept(switched);
      return new Compared(new SearchService(index), switched);
    }

    @Override
    public void close() throws Exception {
      shipped.close();
      switched.close();
    }
  }

  /** The top children of {@code dim} over what {@code query} matches, counted by Lucene from {@code state}. */
  static FacetResult count(DirectoryReader reader, SortedSetDocValuesReaderState state, Query query, String dim) throws Exception {
    FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
    return new SortedSetDocValuesFacetCounts(state, matches).getTopChildren(1000, dim);
  }
}
