package findings.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Drill-sideways whose facet counting can run on every core. Lucene collects the matching paragraphs of each slice in
 * parallel but then counts their facet values on one thread; at a million paragraphs that counting is most of a
 * search, so each slice's matches are counted on the pool instead.
 */
final class ConcurrentDrillSideways extends DrillSideways {
  private final ExecutorService pool;

  /** @param pool where to count each slice's matches, or null to count them on the calling thread */
  ConcurrentDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state, ExecutorService pool) {
    super(searcher, config, null, state, pool);
    this.pool = pool;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
      throws IOException {
    Facets drillDownFacets = counts(drillDowns);
    if (drillSideways == null || drillSideways.length == 0) return drillDownFacets;
    Map<String, Facets> sidewaysFacets = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) sidewaysFacets.put(drillSidewaysDims[i], counts(drillSideways[i]));
    return new MultiFacets(sidewaysFacets, drillDownFacets);
  }

  private Facets counts(FacetsCollector hits) throws IOException {
    if (pool == null) return new SortedSetDocValuesFacetCounts(state, hits);
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(state, hits, pool);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting facets", e);
    }
  }
}
