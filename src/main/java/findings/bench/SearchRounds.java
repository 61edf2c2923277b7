package findings.bench;

import findings.model.FacetCount;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One build's side of a {@link BuildComparison}: queries of the scale benchmark's mix, of one kind and in one variant,
 * searched round after round on an index. Each build compared loads this class by name in a class loader of its own,
 * so its constructor and methods take and return only the JDK's types, and builds before and after a change must both
 * have it as it is here.
 */
public final class SearchRounds implements AutoCloseable {
  /** The kinds of queries a comparison may search: one kind of the mix, the whole mix, or the thesaurus queries. */
  public static final List<String> KINDS = List.of("single", "phrase", "boolean", "mix", "thesaurus");
  /** The variants a comparison may search, as {@link QueryMix.Variant} in order. */
  public static final List<String> VARIANTS = List.of("alone", "filtered", "full", "page2");

  private final SearchService search;
  private final QueryMix.Engine engine;
  private final List<QueryMix.Query> queries;
  private final QueryMix.Variant variant;

  /**
   * @param kind single, phrase, boolean, mix for all three, or thesaurus
   * @param variant alone, filtered, full or page2 ({@link QueryMix.Variant})
   */
  public SearchRounds(String index, String kind, String variant) throws Exception {
    if (!VARIANTS.contains(variant)) throw new IllegalArgumentException("variant " + variant + ": one of " + VARIANTS);
    if (!KINDS.contains(kind)) throw new IllegalArgumentException("queries " + kind + ": one of " + KINDS);
    this.variant = QueryMix.Variant.values()[VARIANTS.indexOf(variant)];
    this.search = new SearchService(Path.of(index));
    try {
      this.engine = new FindingsEngine(search);
      // Only a filtered search needs values to filter by, and finding them searches every query of the mix once.
      List<QueryMix.Query> all =
          this.variant == QueryMix.Variant.FILTERED ? withFilterValues(kind) : queriesOf(kind, List.of(""), List.of(""));
      this.queries = kind.equals("mix") ? all : all.stream().filter(q -> QueryMix.name(q.kind()).equals(kind)).toList();
    } catch (Exception | Error e) {
      search.close();
      throw e;
    }
  }

  /**
   * The mix with authorities and years to filter by that the index holds: those the mix's own queries find, in order,
   * so that both builds filter the same way on the same index.
   */
  private List<QueryMix.Query> withFilterValues(String kind) throws Exception {
    TreeSet<String> authorities = new TreeSet<>();
    TreeSet<String> years = new TreeSet<>();
    for (QueryMix.Query q : QueryMix.queries(List.of(""), List.of(""))) {
      Map<String, List<FacetCount>> facets =
          search.search(new SearchRequest(q.text(), Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).facets();
      facets.getOrDefault("authority", List.of()).forEach(c -> authorities.add(c.value()));
      facets.getOrDefault("year", List.of()).forEach(c -> years.add(c.value()));
    }
    if (authorities.isEmpty() || years.isEmpty()) throw new IllegalArgumentException("the index has no authorities or years to filter by");
    return queriesOf(kind, List.copyOf(authorities), List.copyOf(years));
  }

  /** The thesaurus queries for that kind, else the mix (narrowed to a kind of it by the caller). */
  private static List<QueryMix.Query> queriesOf(String kind, List<String> authorities, List<String> years) {
    return kind.equals("thesaurus") ? QueryMix.thesaurusQueries(authorities, years) : QueryMix.queries(authorities, years);
  }

  /** Searches the queries over and over for {@code nanos}; returns the milliseconds a search took on average. */
  public double round(long nanos) throws Exception {
    long searches = 0;
    long start = System.nanoTime();
    do {
      for (QueryMix.Query q : queries) engine.search(q, variant);
      searches += queries.size();
    } while (System.nanoTime() - start < nanos);
    return (System.nanoTime() - start) / 1e6 / searches;
  }

  @Override
  public void close() throws Exception {
    search.close();
  }
}
