package findings.search;

import findings.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways over one doc-values field per counted dimension ({@link Fields#COUNTED_TOGETHER}: a group of
 * dimensions indexed together, or one alone). Each dimension is counted over the matches of the drill-down query,
 * or, for a dimension the request filters, over its sideways matches (the other filters only); a group is counted
 * once for each of those sets of matches its dimensions need, and its dimensions' counts are summed from it. The
 * counts run side by side on the pool when one is given. Lucene's own drill-sideways counts every dimension of one
 * shared state for each set of matches, on one thread.
 */
final class ConcurrentDrillSideways extends DrillSideways {
  private final Map<String, CountedFieldState> states;
  private final Map<String, CountedFieldState> heapStates;
  private final ExecutorService pool;

  /**
   * @param states the facet state of each counted dimension, by {@link Fields#countedDimension}
   * @param heapStates the same states with ordinals on the heap, counted from once {@link HeapFacetOrdinals} holds them
   * @param pool where to count side by side, or null to count on the calling thread
   */
  ConcurrentDrillSideways(IndexSearcher searcher, FacetsConfig config, Map<String, CountedFieldState> states,
      Map<String, CountedFieldState> heapStates, ExecutorService pool) {
    super(searcher, config, null, states.values().iterator().next(), pool);
    this.states = states;
    this.heapStates = heapStates;
    this.pool = pool;
  }

  /**
   * Lucene then walks the matches of the query and asks each filter whether it holds them (query-first), where its
   * own choice for a query of many matches and filters of some thousands marks both in windows of 2,048 documents,
   * with 40 KB of arrays made for each segment of each search. Walking the query first was faster for every filtered
   * full search measured, and allocates nothing: at a million paragraphs the mix's thirty queries with an authority
   * and a year took 1.16–1.35 ms in the median instead of 1.61–2.17, and with broad filters (a grade and a type, an
   * empty query or common words) no longer, mostly a quarter less; at 10,000 `serve` answering afresh gave 6% more
   * requests a second (BENCHMARKS.md, "Server round (session 38)").
   */
  @Override
  protected boolean scoreSubDocsAtOnce() {
    return true;
  }

  /** One count of a group over one set of matches, for the dimensions of the group that are counted over them. */
  private record Counting(List<String> group, FacetsCollector matches, List<String> dims) {}

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    Map<String, FacetsCollector> matchesByDim = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) matchesByDim.put(dim, drillDowns);
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) matchesByDim.put(drillSidewaysDims[i], drillSideways[i]);
    }
    List<Counting> countings = new ArrayList<>();
    for (List<String> group : Fields.COUNTED_TOGETHER) {
      if (!states.containsKey(Fields.countedDimension(group))) continue;
      Map<FacetsCollector, List<String>> dimsByMatches = new IdentityHashMap<>();
      for (String dim : group) dimsByMatches.computeIfAbsent(matchesByDim.get(dim), m -> new ArrayList<>()).add(dim);
      dimsByMatches.forEach((matches, dims) -> countings.add(new Counting(group, matches, dims)));
    }
    List<CompletableFuture<Facets>> counted = new ArrayList<>();
    for (Counting c : countings) {
      counted.add(CompletableFuture.supplyAsync(() -> {
        try {
          return count(c.group(), c.dims(), c.matches());
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
      }, pool == null ? Runnable::run : pool));
    }
    Map<String, Facets> byDim = new LinkedHashMap<>();
    for (int i = 0; i < countings.size(); i++) {
      for (String dim : countings.get(i).dims()) byDim.put(dim, SearchService.joined(counted.get(i)));
    }
    return new MultiFacets(byDim);
  }

  /**
   * The counts of {@code dims}, of a group, over {@code matches}: Lucene's counts of the group's field, and for a
   * group of several dimensions each dimension's counts summed from them.
   */
  private Facets count(List<String> group, List<String> dims, FacetsCollector matches) throws IOException {
    String counted = Fields.countedDimension(group);
    CountedFieldState state = stateFor(counted);
    SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, onStateReader(matches, state.getReader()));
    // A group of one too: its values ranked by one sort of their counts, where Lucene's top values go through a
    // priority queue of labels (a twentieth of a full search of three words).
    return new GroupedDimensionCounts(group, dims, LuceneCounts.byOrdinal(facets), state.groupValues(group));
  }

  /**
   * The state to count {@code dim} from: the heap's ordinals whenever they are there, however few the matches. Since
   * they take a byte a paragraph in a field of at most 255 values, a search of a few thousand matches is no slower from
   * them (it was, from arrays of two bytes, when seven fields were counted), and at a million paragraphs the full
   * searches of single words and of ANDs, many of them under 40,000 matches, took about 5% less than with the index's
   * doc values below that many.
   */
  private CountedFieldState stateFor(String dim) {
    CountedFieldState heap = heapStates.get(dim);
    return HeapFacetOrdinals.onHeap(heap.getReader(), heap.getField()) ? heap : states.get(dim);
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
