package findings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways over one doc-values field per facet dimension. Each dimension is counted once, over the matches of
 * the drill-down query, or, for a dimension the request filters, over its sideways matches (the other filters only);
 * the dimensions are counted side by side on the pool when one is given. Lucene's own drill-sideways counts every
 * dimension of one shared state for each of those sets of matches, on one thread.
 */
final class ConcurrentDrillSideways extends DrillSideways {
  private final Map<String, SortedSetDocValuesReaderState> states;
  private final Map<String, SortedSetDocValuesReaderState> heapStates;
  private final ExecutorService pool;

  /**
   * Matches from which a dimension is counted from ordinals on the heap. Measured at a million paragraphs (same JVM,
   * alternating): from about 40,000 matches the heap is faster (169,000: 15.0 → 12.9 ms a full search), below it
   * slower (14,000: 6.9 → 9.7 ms), so a few matches are counted from the index's doc values as before.
   */
  static final long HEAP_FROM = 40_000;

  /**
   * @param heapStates the same states with ordinals on the heap (see {@link #HEAP_FROM})
   * @param pool where to count the dimensions side by side, or null to count them on the calling thread
   */
  ConcurrentDrillSideways(IndexSearcher searcher, FacetsConfig config, Map<String, SortedSetDocValuesReaderState> states,
      Map<String, SortedSetDocValuesReaderState> heapStates, ExecutorService pool) {
    super(searcher, config, null, states.values().iterator().next(), pool);
    this.states = states;
    this.heapStates = heapStates;
    this.pool = pool;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    Map<String, FacetsCollector> matchesByDim = new LinkedHashMap<>();
    for (String dim : states.keySet()) matchesByDim.put(dim, drillDowns);
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) {
        if (states.containsKey(drillSidewaysDims[i])) matchesByDim.put(drillSidewaysDims[i], drillSideways[i]);
      }
    }
    Map<String, Facets> byDim = new LinkedHashMap<>();
    if (pool == null) {
      for (var e : matchesByDim.entrySet()) byDim.put(e.getKey(), count(e.getKey(), e.getValue()));
      return new MultiFacets(byDim);
    }
    List<CompletableFuture<Facets>> counting = new ArrayList<>();
    for (var e : matchesByDim.entrySet()) {
      counting.add(CompletableFuture.supplyAsync(() -> {
        try {
          return count(e.getKey(), e.getValue());
        } catch (IOException io) {
          throw new java.io.UncheckedIOException(io);
        }
      }, pool));
    }
    int i = 0;
    for (String dim : matchesByDim.keySet()) byDim.put(dim, SearchService.joined(counting.get(i++)));
    return new MultiFacets(byDim);
  }

  private Facets count(String dim, FacetsCollector matches) throws IOException {
    long found = 0;
    for (MatchingDocs m : matches.getMatchingDocs()) found += m.totalHits();
    SortedSetDocValuesReaderState heap = heapStates.get(dim);
    SortedSetDocValuesReaderState state = found >= HEAP_FROM && HeapFacetOrdinals.onHeap(heap.getReader(), heap.getField())
        ? heap : states.get(dim);
    return new SortedSetDocValuesFacetCounts(state, onStateReader(matches, state.getReader()));
  }

  /**
   * The same matches, on the leaves of the reader the state was built over (the one beneath the deadline wrapper):
   * Lucene refuses to count matches from another reader, and the wrapper hides single-valued fields.
   */
  private static FacetsCollector onStateReader(FacetsCollector matches, IndexReader stateReader) {
    List<LeafReaderContext> leaves = stateReader.leaves();
    List<MatchingDocs> moved = new ArrayList<>();
    for (MatchingDocs m : matches.getMatchingDocs()) {
      moved.add(new MatchingDocs(leaves.get(m.context().ord), m.bits(), m.totalHits(), m.scores()));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return moved;
      }
    };
  }
}
