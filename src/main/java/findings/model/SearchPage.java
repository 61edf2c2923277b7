package findings.model;

import java.util.List;
import java.util.Map;

/** One page of search results: the body of {@code GET /api/search}. */
public record SearchPage(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String didYouMean,
    /** Where nothing matched every word: what the words find with one of them left out, the most first. */
    List<FewerWords> fewerWords,
    /** The filters as the search read them: each value as the facets show it ("havering" is "Havering"). */
    Map<String, List<String>> filters) {
  public SearchPage(String query, long total, int page, int size, long tookMs, List<Hit> hits,
      Map<String, List<FacetCount>> facets, String didYouMean, Map<String, List<String>> filters) {
    this(query, total, page, size, tookMs, hits, facets, didYouMean, List.of(), filters);
  }
}
