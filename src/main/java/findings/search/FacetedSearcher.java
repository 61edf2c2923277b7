package findings.search;

import findings.index.Fields;
import findings.model.FacetCount;
import findings.model.FewerWords;
import findings.model.Hit;
import findings.model.RecentlyUsed;
import findings.model.ReportSummary;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;

/**
 * A searcher with the facet state of its reader. Building the state reads every facet ordinal, so it is built once
 * per reader when the reader is opened or refreshed, never per query.
 */
final class FacetedSearcher extends IndexSearcher {
  /**
   * The facet state of each counted dimension the index holds ({@link findings.index.Fields#COUNTED_TOGETHER}: a
   * group of dimensions, or one alone; none in an empty index). Built over the reader beneath the
   * deadline wrapper: the wrapper hides that a field is single-valued, and counting then takes the slower path
   * (counting is bounded by the matches, which the deadline already stopped if they took too long to find).
   */
  final Map<String, CountedFieldState> facetStates;

  /**
   * The same states over the same reader with its facet ordinals read from the heap ({@link HeapFacetOrdinals}), for
   * counting many matches; the same ordinals, so either counts any search.
   */
  final Map<String, CountedFieldState> heapFacetStates;

  /** Null until built; read without the lock to ask whether a build is still to come. */
  private volatile Suggestions suggestions;

  /** The fields of every segment, merged once per reader. */
  final FieldInfos fieldInfos;

  /** Completions for this reader, built on first use or ahead of it ({@link SearchService#prepareCompletions}), then kept. */
  synchronized Suggestions suggestions() throws IOException {
    if (suggestions == null) suggestions = new Suggestions(getIndexReader(), facetStates.get(Fields.AUTHORITY));
    return suggestions;
  }

  /** Whether {@link #suggestions()} would answer at once; never waits for a build under way. */
  boolean suggestionsBuilt() {
    return suggestions != null;
  }

  private List<ReportSummary> reports;

  /** This reader's reports, read by {@code read} on first use and then kept. */
  synchronized List<ReportSummary> reports(
      IOFunction<IndexSearcher, List<ReportSummary>> read) throws IOException {
    if (reports == null) reports = read.apply(this);
    return reports;
  }

  FacetedSearcher(IndexReader reader, FacetsConfig config, Executor executor) throws IOException {
    super(reader, executor);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    IndexReader unwrapped = reader instanceof FilterDirectoryReader filtered
        ? FilterDirectoryReader.unwrap(filtered) : reader;
    IndexReader onHeap = unwrapped instanceof DirectoryReader directory ? HeapFacetOrdinals.wrap(directory) : null;
    Map<String, CountedFieldState> states = new LinkedHashMap<>();
    Map<String, CountedFieldState> heapStates = new LinkedHashMap<>();
    for (List<String> group : Fields.COUNTED_TOGETHER) {
      String dim = Fields.countedDimension(group);
      String field = Fields.facetField(dim);
      if (fieldInfos.fieldInfo(field) == null) continue;
      states.put(dim, new CountedFieldState(unwrapped, field, config));
      if (onHeap != null) heapStates.put(dim, new CountedFieldState(onHeap, field, config));
    }
    this.facetStates = Collections.unmodifiableMap(states);
    this.heapFacetStates = heapStates.isEmpty() ? facetStates : Collections.unmodifiableMap(heapStates);
    this.hasPairs = fieldInfos.fieldInfo(Fields.PAIRS) != null;
    this.sequential = new IndexSearcher(reader);
  }

  /**
   * The same reader searched on the calling thread alone. Handing a search to the pool and joining its slices costs
   * about a millisecond, more than a cheap query takes whole; only queries with many matches are worth spreading.
   */
  final IndexSearcher sequential;

  /** Below this many estimated matches a search stays on its own thread. */
  static final long MIN_MATCHES_TO_SPREAD = Long.getLong("findings.spreadMin", 100_000);

  /**
   * Whether {@code query} is worth spreading over the cores: at least {@link #MIN_MATCHES_TO_SPREAD} estimated
   * matches ({@link #estimatedMatches}).
   */
  boolean worthSpreading(Query query, CountsKey key) throws IOException {
    return getSlices().length >= 2 && estimatedMatches(query, key) >= MIN_MATCHES_TO_SPREAD;
  }

  /** At most this many estimated matches, a full search ranks and counts in one pass (SearchService). */
  static final long MOST_MATCHES_IN_ONE_PASS = 2_000;

  /** Whether {@code query} is estimated to match few paragraphs: at most {@link #MOST_MATCHES_IN_ONE_PASS}. */
  boolean fewMatches(Query query, CountsKey key) throws IOException {
    return estimatedMatches(query, key) <= MOST_MATCHES_IN_ONE_PASS;
  }

  /**
   * Whether {@code query} is estimated to match more than {@code n} paragraphs ({@link #estimatedMatches}), for {@code
   * n} up to the most that estimate counts to.
   */
  boolean moreMatchesThan(Query query, CountsKey key, long n) throws IOException {
    return estimatedMatches(query, key) > n;
  }

  /**
   * Lucene's own estimate of the matches of {@code query} (a word's document frequency, the rarest word of a phrase
   * or an AND, the sum for an OR), before any of them is visited, counted only as far as the decisions need. The
   * estimate builds the query's weight and asks each segment, which the search then does again: a seventh of a top-20
   * search at 100,000 paragraphs when the weight was made anew. So it is remembered by the search it is for
   * ({@code key}: the query as typed and the filters, which decide {@code query} on this reader), and paging,
   * re-sorting and Back do not estimate again.
   */
  private long estimatedMatches(Query query, CountsKey key) throws IOException {
    Long known = estimates.get(key);
    if (known != null) return known;
    // Scores wanted: a weight that needs none would be wrapped by the query cache, which may fill on estimating.
    Weight weight =
        sequential.createWeight(sequential.rewrite(query), ScoreMode.TOP_SCORES, 1);
    long estimated = 0;
    for (var leaf : getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) estimated += supplier.cost();
      if (estimated > MOST_ESTIMATED) break;
    }
    estimates.put(key, estimated);
    return estimated;
  }

  private final RecentlyUsed<CountsKey, Long> estimates = new RecentlyUsed<>(1024);

  /** How far {@link #estimatedMatches} counts: as far as the largest number a decision compares it with. */
  private static final long MOST_ESTIMATED =
      Math.max(Math.max(MIN_MATCHES_TO_SPREAD, MOST_MATCHES_IN_ONE_PASS), ProximityWindow.MIN_MATCHES);

  /** The total and facet counts of a search: they change with the query and filters, never with page or order. */
  record Counts(long total, Map<String, List<FacetCount>> facets) {}

  /** A search as the user asked for it: the query as typed and the filters, which its counts and its spreading depend on. */
  record CountsKey(String query, Map<String, List<String>> filters) {}

  /**
   * Counts of recent searches on this reader. Paging, re-sorting, the page's as-you-type and Back repeat a search
   * with only its page or order changed, and counting every match is most of a search at a million paragraphs. Kept
   * per reader, so a refresh after indexing starts afresh; least recently used dropped past a few hundred.
   */
  final RecentlyUsed<CountsKey, Counts> recentCounts = new RecentlyUsed<>(256);

  /**
   * Paragraphs read for recent pages, with their plain snippets, by document number (fixed for this reader). A
   * page's twenty paragraphs are read from stored-field blocks that are decompressed and parsed from JSON one by one,
   * which is most of a top-20 search on a small index; pages are shown again on paging back, re-sorting and ticking
   * facets.
   */
  final RecentlyUsed<Integer, Hit> recentHits = new RecentlyUsed<>(4096);

  /**
   * Words of recent queries that no report holds as written, each with its correction on this reader (empty: none;
   * {@link SpellingSuggester}). Seeking one builds Lucene's Levenshtein automata for the word: a millisecond or more for
   * a long word with nothing one edit away, such as a word the reports never use ("immunisation" in a corpus without
   * it), where the rest of a search at 10,000 paragraphs takes a tenth of that. The same word comes again as a filter
   * is ticked, a page turned or the query edited. Kept per reader, whose words the corrections come from.
   */
  final RecentlyUsed<String, Optional<String>> corrections = new RecentlyUsed<>(1024);

  /**
   * Each recent wildcard or fuzzy word (Lucene's pattern on its field) as the stems it stands for on this reader
   * ({@link WrittenWordsQuery}), found once for its ranking, counting and marking: finding them matches the pattern
   * against the reader's words, and a fuzzy word's automata took 2.5 ms of each search at 10,000 paragraphs. Kept per
   * reader, whose words they are.
   */
  final RecentlyUsed<Query, Set<BytesRef>> writtenStems = new RecentlyUsed<>(256);

  /** A result page as shown: what it was counted with, its marked paragraphs and its did-you-mean. */
  record ShownPage(Counts counts, List<Hit> hits, String didYouMean, List<FewerWords> fewerWords) {}

  /** A page of a search: the search, the order, and which page of what size. */
  record PageKey(CountsKey search, SearchRequest.Sort sort, int page, int size) {}

  /**
   * Recent full pages as shown, at most {@link #KEPT_PAGE_HITS} paragraphs in all. Paging back, Back, a link shared
   * and opened by many, the page's as-you-type returning to a query it showed: each shows a page again, and ranking
   * and marking its paragraphs again gives the same page on one reader. A page is used again only beside the very
   * counts it was shown with ({@link ShownPage#counts}), so a search whose counts are dropped or made afresh makes its
   * page afresh too. Kept per reader, so a refresh after indexing starts afresh.
   */
  final RecentlyUsed<PageKey, ShownPage> recentPages =
      new RecentlyUsed<>(KEPT_PAGE_HITS, shown -> Math.max(1, shown.hits().size()));

  /** About 4 MB of paragraphs and snippets on a page of twenty: 256 such pages. */
  static final long KEPT_PAGE_HITS = 256 * 20;

  /**
   * Recent queries as typed, made ready to rank on this reader: the paragraphs' query with its phrases of common words
   * over their pairs, rewritten by Lucene. Rewriting re-walks and rebuilds the whole ranking query (its matching,
   * ranking, proximity and heading clauses), a quarter of ranking a three-word AND at 10,000 paragraphs, and gives the
   * same query every time on one reader; a fuzzy word ({@code word~1}) expands then to this reader's words, so it is
   * kept per reader.
   */
  final RecentlyUsed<String, Query> preparedRanking = new RecentlyUsed<>(512);

  /** The same, unscored, for counting: made only when a search counts. */
  final RecentlyUsed<String, Query> preparedCounting = new RecentlyUsed<>(512);

  /** The same, shaped to rank every match ({@link QueryBuilder#everyMatchRanked}): made only when a search does. */
  final RecentlyUsed<String, Query> preparedEveryMatch = new RecentlyUsed<>(512);

  /**
   * The first rankings of a search of many matches with proximity boosts ({@link ProximityWindow}): the query without
   * the boosts, and the words as an exact phrase. Made only for such a search.
   */
  final RecentlyUsed<String, Query> preparedFirstPass = new RecentlyUsed<>(512);

  final RecentlyUsed<String, Query> preparedAdjacent = new RecentlyUsed<>(512);

  /**
   * The weights of recent prepared queries ({@link PreparedQuery}), at most {@link #KEPT_WEIGHT_COST} words times
   * segments in all: about 26 MB (130 bytes a word and segment), or two hundred thesaurus queries of a hundred words
   * at a million paragraphs in nine segments, and thousands of plain ones.
   */
  final RecentlyUsed<PreparedQuery.WeightKey, PreparedQuery.KeptWeight> keptWeights =
      new RecentlyUsed<>(KEPT_WEIGHT_COST, PreparedQuery.KeptWeight::cost);

  static final long KEPT_WEIGHT_COST = 200_000;

  /** Whether the index holds word pairs: an index written before they were added has none until rebuilt. */
  final boolean hasPairs;

  /**
   * One slice per core, cutting large segments into document ranges: a million paragraphs sit in a few large
   * segments, and Lucene's default slicing would leave one core idle on the largest.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int maxDoc = 0;
    for (var leaf : leaves) maxDoc += leaf.reader().maxDoc();
    int perSlice = Math.max(MIN_DOCS_PER_SLICE, maxDoc / CORES + 1);
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Below this, splitting a search costs more than it saves. */
  private static final int MIN_DOCS_PER_SLICE = 50_000;

  static SearcherFactory factory(FacetsConfig config, Executor executor) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetedSearcher(reader, config, executor);
      }
    };
  }
}
