package findings.bench;

import findings.search.InvalidRequestException;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.util.List;
import java.util.Map;

/** The query mix through {@link SearchService#search}, the path {@code /api/search} takes. */
public final class FindingsEngine implements QueryMix.Engine {
  private final SearchService search;

  public FindingsEngine(SearchService search) {
    this.search = search;
  }

  @Override
  public void search(QueryMix.Query q, QueryMix.Variant v) throws Exception {
    SearchRequest request = new SearchRequest(q.text(),
        v == QueryMix.Variant.FILTERED ? Map.of("authority", List.of(q.authority()), "year", List.of(q.year())) : Map.of(),
        v == QueryMix.Variant.PAGE_TWO ? 2 : 1, 20, SearchRequest.Sort.RELEVANCE);
    // A full search counts afresh every time; page two then finds the counts its page one left behind.
    if (v == QueryMix.Variant.FULL) search.forgetCounts(request);
    boolean full = v == QueryMix.Variant.FULL || v == QueryMix.Variant.PAGE_TWO;
    try {
      search.search(request, full ? SearchService.Detail.FULL : SearchService.Detail.HITS);
    } catch (InvalidRequestException e) {
      // A small corpus may hold fewer than 21 matches: page two is then refused, as the page would refuse it.
      if (v != QueryMix.Variant.PAGE_TWO || !"page".equals(e.parameter())) throw e;
    }
  }
}
