package findings.search;

import findings.index.Analyzers;
import findings.index.Fields;
import findings.index.ParagraphDocuments;
import findings.model.FacetCount;
import findings.model.FewerWords;
import findings.model.Hit;
import findings.model.Html;
import findings.model.Json;
import findings.model.RecentlyUsed;
import findings.model.ReportSummary;
import findings.model.SearchPage;
import findings.model.Suggestion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Answers searches, paragraph and report look-ups over the index, with facets counted by Lucene's facet module. */
public final class SearchService implements AutoCloseable {
  private static final int PLAIN_SNIPPET_CHARS = 280;
  private static final Map<String, Integer> FACET_TOP_N =
      Map.of(Fields.AUTHORITY, 200, Fields.YEAR, 100, Fields.TYPE, 20, Fields.SECTION, 100, Fields.GRADE, 10, Fields.KIND, 10, Fields.THEME, 20);

  private final FacetsConfig facetsConfig = ParagraphDocuments.facetsConfig();

  /** Whether a full search of few matches ranks and counts in one pass; off only to test it against two passes. */
  boolean onePass = true;

  /**
   * How many paragraphs of each first ranking a search of many matches with proximity boosts ranks by its whole query
   * ({@link ProximityWindow}); 0 ranks every match by the whole query. Changed only by tests.
   */
  int proximityWindow = ProximityWindow.WINDOW;

  /**
   * Above how many estimated matches a search with proximity boosts is ranked from its first rankings' windows
   * ({@link ProximityWindow#MIN_MATCHES}); tests lower it, with {@link #onePass} off, as a search ranked in one pass is
   * ranked by its whole query.
   */
  long windowAbove = ProximityWindow.MIN_MATCHES;

  /** The system property that turns {@link #usesRemembered} off. */
  public static final String REMEMBER_PROPERTY = "findings.remember";

  /**
   * Whether a full search remembers its counts and its page, and takes those of the same search before ({@code
   * -Dfindings.remember=off}: neither, so that every search ranks, counts and marks afresh, for a benchmark of a server
   * that has seen none of its searches). Off, nothing is kept either: what a server keeps of each new search lives
   * through the next young collections, and at 10,000 paragraphs under load that made each collection 0.3 ms longer
   * (BENCHMARKS.md, "Server round (session 38)").
   */
  private final boolean usesRemembered = !"off".equals(System.getProperty(REMEMBER_PROPERTY));
  private final QueryBuilder queries;
  /** Marks a page's snippets; package-private so that tests can compare its ways of finding the marks. */
  final PageSnippets snippets;
  private final SpellingSuggester spelling = new SpellingSuggester();
  private final SearcherManager searchers;
  private final Directory ownedDirectory;
  private final Duration timeLimit;

  /**
   * Threads that search slices of the index, and count facets beside the ranking, so that one search at a million
   * paragraphs uses every core. Each task carries the deadline of the search that handed it over.
   */
  private final ExecutorService pool = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().daemon().name("search-", 1).factory());
  private final ExecutorService deadlinePool = SearchDeadline.propagating(pool);

  /** How long one search may run before it is stopped and answered with a 400. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  /** Reads a committed index from disk; {@link #refresh()} picks up later commits. */
  public SearchService(Path indexDir) throws IOException {
    this(indexDir, new QueryBuilder());
  }

  /** Over a committed index with a given query builder: the relevance bench compares builders on one index. */
  public SearchService(Path indexDir, QueryBuilder queries) throws IOException {
    this(indexDir, queries, DEFAULT_TIME_LIMIT);
  }

  /** Over a committed index, with a given limit on the time one search may take. */
  public SearchService(Path indexDir, Duration timeLimit) throws IOException {
    this(indexDir, new QueryBuilder(), timeLimit);
  }

  /**
   * Over a reader of the commits of an index folder that a writer elsewhere in this process owns ({@code serve}):
   * {@link #refresh()} after each later commit shows it. The service owns the reader from here on.
   */
  public SearchService(DirectoryReader committed, Duration timeLimit) throws IOException {
    this(committed, null, new QueryBuilder(), timeLimit);
  }

  private SearchService(Path indexDir, QueryBuilder queries, Duration timeLimit) throws IOException {
    this(null, FSDirectory.open(indexDir), queries, timeLimit);
  }

  /** Over the given reader, or else over the last commit of a folder it then owns. */
  private SearchService(DirectoryReader reader, Directory owned, QueryBuilder queries, Duration timeLimit) throws IOException {
    this.queries = queries;
    this.snippets = new PageSnippets(queries.analyzer());
    this.ownedDirectory = owned;
    this.timeLimit = timeLimit;
    try {
      this.searchers = new SearcherManager(exitable(reader != null ? reader : DirectoryReader.open(owned)),
          FacetedSearcher.factory(facetsConfig, deadlinePool));
    } catch (IOException | RuntimeException e) {
      pool.shutdown();
      if (reader != null) reader.close();
      if (owned != null) owned.close();
      throw e;
    }
  }

  /** Near-real-time: sees what the writer has indexed as soon as {@link #refresh()} is called. */
  public SearchService(IndexWriter writer) throws IOException {
    this(writer, DEFAULT_TIME_LIMIT);
  }

  /** Near-real-time, with a given limit on the time one search may take. */
  public SearchService(IndexWriter writer, Duration timeLimit) throws IOException {
    this.queries = new QueryBuilder();
    this.snippets = new PageSnippets(queries.analyzer());
    this.ownedDirectory = null;
    this.timeLimit = timeLimit;
    this.searchers = new SearcherManager(exitable(DirectoryReader.open(writer)), FacetedSearcher.factory(facetsConfig, deadlinePool));
  }

  /** Refreshed readers stay wrapped, so every search can be stopped at its deadline. */
  private static DirectoryReader exitable(DirectoryReader reader) throws IOException {
    return ExitableDirectoryReader.wrap(reader, SearchDeadline.INSTANCE);
  }

  private InvalidRequestException tooSlow() {
    return new InvalidRequestException("q", "the search took longer than " + timeLimit.toSeconds()
        + " s and was stopped; make it more specific");
  }

  private interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on the current searcher within the time limit, and turns Lucene's refusals (too many clauses,
   * out of time) into messages the user can act on.
   */
  private <T> T bounded(SearcherWork<T> work) throws IOException {
    return withSearcher(searcher -> {
      try (SearchDeadline.Scope deadline = SearchDeadline.start(timeLimit)) {
        return work.apply(searcher);
      } catch (RuntimeException e) {
        // Lucene rethrows what failed on a pool thread wrapped (RuntimeException → ExecutionException → cause).
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof IndexSearcher.TooManyClauses) {
            throw new InvalidRequestException("q", "the query expands to too many words (a short wildcard?); make it more specific");
          }
          if (cause instanceof ExitableDirectoryReader.ExitingReaderException) throw tooSlow();
          if (cause instanceof InvalidRequestException invalid) throw invalid;
        }
        throw e;
      }
    });
  }

  /**
   * Whether a search is spread over the cores: when none waits for one, and its matches are many enough. Estimated
   * from {@code every}, the shape that walks the matches: the top's shape sums the estimates of clauses beside each other.
   */
  private boolean spread(FacetedSearcher searcher, DrillDownQuery every, FacetedSearcher.CountsKey key) throws IOException {
    return !running.hasQueuedThreads() && searcher.worthSpreading(every, key);
  }

  /** Runs {@code work} on the current searcher, with no time limit: look-ups by id, lists, completions. */
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Paragraphs matching the query, narrowed by the request's facet filters (values of one facet OR-ed). */
  private DrillDownQuery drillDown(FacetedSearcher searcher, Query userQuery, SearchRequest request) throws IOException {
    return withFilters(prepared(searcher, searcher.preparedRanking, userQuery, request, query -> query), request);
  }

  /**
   * The same paragraphs and scores as {@link #drillDown}, for a search that scores every match
   * ({@link QueryBuilder#everyMatchRanked}); mostly the very same query, and then {@code drill}, the top's, itself.
   */
  private DrillDownQuery everyMatchRanked(FacetedSearcher searcher, SearchRequest request, DrillDownQuery drill)
      throws IOException {
    Query every = queries.everyMatchRanked(request.query());
    if (every == queries.userQuery(request.query())) return drill;
    return withFilters(prepared(searcher, searcher.preparedEveryMatch, every, request, query -> query), request);
  }

  /**
   * The same paragraphs as {@link #drillDown}, unscored: for counting and for sorting by date. It is the query that
   * decides what matches ({@link QueryBuilder#matchingQuery}); rewritten unscored, Lucene drops any optional ranking
   * clauses left beside its required ones, which counting would otherwise look up.
   */
  private DrillDownQuery unscored(FacetedSearcher searcher, SearchRequest request) throws IOException {
    return withFilters(prepared(searcher, searcher.preparedCounting, queries.matchingQuery(request.query()), request,
        ConstantScoreQuery::new), request);
  }

  /**
   * The paragraphs' query for the text typed, in the {@code form} a role needs, rewritten for this searcher the first
   * time and then taken from {@code kept}.
   */
  private Query prepared(FacetedSearcher searcher, RecentlyUsed<String, Query> kept, Query userQuery, SearchRequest request,
      UnaryOperator<Query> form) throws IOException {
    try {
      return kept.get(request.query() == null ? "" : request.query(), text -> {
        try {
          Query paragraphs = queries.paragraphs(searcher.hasPairs ? PhrasePairs.rewriteMatching(userQuery) : userQuery);
          return new PreparedQuery(searcher.rewrite(form.apply(paragraphs)), searcher.getIndexReader(), searcher.keptWeights);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private DrillDownQuery withFilters(Query base, SearchRequest request) {
    DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
    request.filters().forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
    return drill;
  }

  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** What a search computes beyond the ranked page of paragraphs. */
  public enum Detail {
    /**
     * The page of paragraphs only, with plain snippets: no facet counts, no highlighting, no did-you-mean. Its total
     * is exact up to 1,000 matches and beyond that a lower bound (Lucene stops counting where the top no longer
     * changes), as a top-20 search of the benchmark's "alone" rows is, SQLite's included; the page counts every match.
     */
    HITS,
    /** Everything the search page shows: facet counts, highlighted snippets and did-you-mean. */
    FULL
  }

  public SearchPage search(SearchRequest request) throws IOException {
    return search(request, Detail.FULL);
  }

  public SearchPage search(SearchRequest request, Detail detail) throws IOException {
    long start = System.nanoTime();
    try (Admission admitted = admit()) {
      return detail == Detail.FULL ? searchAdmitted(request, start) : hitsOnly(request, start);
    }
  }

  private SearchPage hitsOnly(SearchRequest request, long start) throws IOException {
    Query userQuery = queries.userQuery(request.query());
    return bounded(searcher -> {
      DrillDownQuery drill = drillDown(searcher, userQuery, request);
      int topN = request.page() * request.size();
      Sort sort = sort(request.sort());
      DrillDownQuery every = everyMatchRanked(searcher, request, drill);
      boolean spread = spread(searcher, every, countsKey(request));
      IndexSearcher on = spread ? searcher : searcher.sequential;
      TopDocs top = sort == null ? ranked(searcher, on, request, drill, every, topN)
          : on.search(unscored(searcher, request), topN, sort);
      ScoreDoc[] all = top.scoreDocs;
      ScoreDoc[] pageDocs = Arrays.copyOfRange(all, Math.min(all.length, (request.page() - 1) * request.size()), all.length);
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(pageDocs.length);
      for (ScoreDoc sd : pageDocs) {
        hits.add(pageHit(searcher, stored, sd.doc));
      }
      return new SearchPage(request.query(), top.totalHits.value(), request.page(), request.size(), millisSince(start), hits,
          emptyFacets(), null, request.filters());
    });
  }

  /** {@link #forEachParagraph} for callers that take a plain consumer; an I/O failure becomes unchecked. */
  public void forEachParagraphUnchecked(Consumer<Hit> sink) {
    try {
      forEachParagraph(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every paragraph in the index, in index order, one by one (for benchmarks that load the same paragraphs elsewhere). */
  public void forEachParagraph(Consumer<Hit> sink) throws IOException {
    withSearcher(searcher -> {
      Query q = new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH));
      Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = w.scorer(leaf);
        if (scorer == null) continue;
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        var it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (live != null && !live.get(d)) continue;
          sink.accept(storedHit(stored, d));
        }
      }
      return null;
    });
  }

  /**
   * Searches run at most one per core at a time, first come first served: sixty-four searches sharing two cores all
   * finish later than the same searches queued, and each holds its memory meanwhile.
   */
  private final Semaphore running =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private interface Admission extends AutoCloseable {
    @Override
    void close();
  }

  private Admission admit() {
    running.acquireUninterruptibly();
    return running::release;
  }

  private SearchPage searchAdmitted(SearchRequest request, long start) throws IOException {
    Query userQuery = queries.userQuery(request.query());
    return bounded(searcher -> {
      if (searcher.facetStates.isEmpty()) {
        return new SearchPage(request.query(), 0, request.page(), request.size(), millisSince(start), List.of(), emptyFacets(), null,
            request.filters());
      }
      FacetedSearcher.CountsKey key = countsKey(request);
      FacetedSearcher.Counts counts = usesRemembered ? searcher.recentCounts.get(key) : null;
      FacetedSearcher.PageKey pageKey = new FacetedSearcher.PageKey(key, request.sort(), request.page(), request.size());
      FacetedSearcher.ShownPage shown = counts == null ? null : searcher.recentPages.get(pageKey);
      if (shown != null && shown.counts() == counts) {
        return shownPage(request, start, counts, shown.hits(), shown.didYouMean(), shown.fewerWords());
      }
      int topN = request.page() * request.size();
      // The ranked page and the facet counts are two searches: the ranking skips paragraphs that cannot reach the
      // page (block-max scoring), the counting visits every match but scores none of them. On a large index with no
      // search waiting, they run side by side and the counting is spread over the cores; under load, searches side
      // by side already keep every core busy, and handing work between threads would only add to each. A small
      // search stays on its thread: waking an idle core for half of it cost more than that half saved (BENCHMARKS.md).
      DrillDownQuery drill = drillDown(searcher, userQuery, request);
      DrillDownQuery every = everyMatchRanked(searcher, request, drill);
      boolean spread = spread(searcher, every, key);
      IndexSearcher rankOn = spread ? searcher : searcher.sequential;
      Sort order = sort(request.sort());
      if (counts == null && !spread && order == null && onePass && searcher.fewMatches(every, key)) {
        // A search of few matches ranks and counts in one pass: with so few, the ranking scores nearly every match
        // anyway (Lucene skips only past its first thousand), and a second pass to count them read them all again. With
        // more, the ranking skips most of them and counting needs no scores, so two passes stay. Filtered too: Lucene's
        // drill-sideways ranks only what every filter lets through and counts each filtered dimension without its own
        // filter, as the second pass does; at 10,000 paragraphs a filtered full search took a third less (BENCHMARKS.md,
        // "Server round (session 39)").
        DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> both = sideways(searcher, rankOn, null)
            .search(every, new TopScoreDocCollectorManager(topN, Integer.MAX_VALUE));
        counts = remember(searcher, key, both.collectorResult.totalHits.value(), both.facets, request);
        return page(searcher, request, pageKey, start, counts, both.collectorResult.scoreDocs);
      }
      CompletableFuture<TopDocs> ranked = CompletableFuture.supplyAsync(() -> {
        try {
          return order == null ? ranked(searcher, rankOn, request, drill, every, topN)
              : rankOn.search(unscored(searcher, request), topN, order);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, spread && counts == null ? deadlinePool : Runnable::run);
      if (counts == null) {
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = sideways(searcher, rankOn, spread ? deadlinePool : null)
            .search(unscored(searcher, request), new TotalHitCountCollectorManager(rankOn.getSlices()));
        counts = remember(searcher, key, counted.collectorResult, counted.facets, request);
      }
      return page(searcher, request, pageKey, start, counts, joined(ranked).scoreDocs);
    });
  }

  /**
   * The top {@code topN} of a search by relevance. A search of many matches whose query has proximity boosts is found
   * from two cheap rankings and ranked by its whole query ({@link ProximityWindow}); any other is ranked by {@code
   * drill}, its whole query, alone.
   */
  private TopDocs ranked(FacetedSearcher searcher, IndexSearcher on, SearchRequest request, DrillDownQuery drill,
      DrillDownQuery every, int topN) throws IOException {
    Optional<ProximityWindow.Split> split = queries.proximitySplit(request.query());
    if (split.isEmpty() || proximityWindow == 0 || !searcher.moreMatchesThan(every, countsKey(request), windowAbove)) {
      return on.search(drill, topN);
    }
    DrillDownQuery first = withFilters(
        prepared(searcher, searcher.preparedFirstPass, split.get().firstPass(), request, query -> query), request);
    DrillDownQuery adjacent = withFilters(
        prepared(searcher, searcher.preparedAdjacent, split.get().adjacent(), request, query -> query), request);
    TopDocs firstPass = on.search(first, ProximityWindow.firstPassDepth(proximityWindow, topN));
    TopDocs together = on.search(adjacent, proximityWindow);
    return ProximityWindow.rank(searcher.sequential, firstPass, together, drill, proximityWindow, topN);
  }

  /** Drill-sideways over the searcher's facet fields, searching with {@code on}, counting on {@code pool} or here. */
  private DrillSideways sideways(FacetedSearcher searcher, IndexSearcher on, ExecutorService pool) {
    return new ConcurrentDrillSideways(on, facetsConfig, searcher.facetStates, searcher.heapFacetStates, pool);
  }

  /** A search's total and counts, as the page shows them, remembered for its next page, order or Back. */
  private FacetedSearcher.Counts remember(FacetedSearcher searcher, FacetedSearcher.CountsKey key, long total,
      Facets facets, SearchRequest request) throws IOException {
    FacetedSearcher.Counts counts = new FacetedSearcher.Counts(total, Collections.unmodifiableMap(facets(facets, request)));
    if (usesRemembered) searcher.recentCounts.put(key, counts);
    return counts;
  }

  /**
   * The page of a full search from its ranked paragraphs and counts: marked snippets, and did-you-mean. Remembered
   * as {@code key} with those counts, for the same page shown again.
   */
  private SearchPage page(FacetedSearcher searcher, SearchRequest request, FacetedSearcher.PageKey key, long start,
      FacetedSearcher.Counts counts, ScoreDoc[] all) throws IOException {
    long total = counts.total();
    if (request.page() > 1 && (long) (request.page() - 1) * request.size() >= total) {
      long pages = (total + request.size() - 1) / request.size();
      throw new InvalidRequestException("page", "page " + request.page() + " is out of range: there "
          + (pages == 1 ? "is 1 page" : "are " + pages + " pages") + " of " + request.size() + " results");
    }
    int from = Math.min(all.length, (request.page() - 1) * request.size());
    ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, all.length);
    List<Hit> hits = List.copyOf(
        hits(searcher, queries.markingQuery(request.query()), queries.wordsMarkingQuery(request.query()), pageDocs));
    String didYouMean = spelling.didYouMean(request.query(), searcher.getIndexReader(), searcher.corrections);
    List<FewerWords> fewerWords = total == 0 ? fewerWords(searcher, request) : List.of();
    if (usesRemembered) searcher.recentPages.put(key, new FacetedSearcher.ShownPage(counts, hits, didYouMean, fewerWords));
    return shownPage(request, start, counts, hits, didYouMean, fewerWords);
  }

  /** A full search's answer: its page of marked paragraphs beside its counts. */
  private static SearchPage shownPage(SearchRequest request, long start, FacetedSearcher.Counts counts, List<Hit> hits,
      String didYouMean, List<FewerWords> fewerWords) {
    return new SearchPage(request.query(), counts.total(), request.page(), request.size(), millisSince(start), hits,
        counts.facets(), didYouMean, fewerWords, request.filters());
  }

  /**
   * For plain words of which no paragraph holds every one: what the rest find with each word left out in turn, or
   * else each pair of words, with the request's filters, the most first (at most {@value #FEWER_WORDS_SHOWN}). A
   * question typed as a researcher asks it ("are disabled children getting short breaks") found nothing for one word
   * ("getting"), and only trying each word's absence by hand said which. Each is counted to
   * {@link FewerWords#COUNTED_TO} at most.
   */
  private List<FewerWords> fewerWords(FacetedSearcher searcher, SearchRequest request) throws IOException {
    List<FewerWords> one = fewerWords(searcher, request, false);
    return one.isEmpty() ? fewerWords(searcher, request, true) : one;
  }

  private List<FewerWords> fewerWords(FacetedSearcher searcher, SearchRequest request, boolean two) throws IOException {
    List<FewerWords> out = new ArrayList<>();
    for (Map.Entry<String, String> leftOut : queries.wordsLeftOut(request.query(), two)) {
      Query rest;
      try {
        rest = queries.matchingQuery(leftOut.getValue());
      } catch (InvalidRequestException e) {
        continue; // the rest cannot be read alone: nothing to offer for that word
      }
      TopDocs some = searcher.sequential.search(withFilters(new ConstantScoreQuery(rest), request),
          new TopScoreDocCollectorManager(1, (int) FewerWords.COUNTED_TO));
      long total = Math.min(some.totalHits.value(), FewerWords.COUNTED_TO);
      if (total > 0) out.add(new FewerWords(leftOut.getKey(), leftOut.getValue(), total));
    }
    out.sort(Comparator.comparingLong(FewerWords::total).reversed()); // stable: equal totals stay in the order typed
    return List.copyOf(out.subList(0, Math.min(out.size(), FEWER_WORDS_SHOWN)));
  }

  private static final int FEWER_WORDS_SHOWN = 5;

  /**
   * One search through every part of the search path (parsing, ranking, counting, highlighting, did-you-mean) for a
   * rare word of the index, so that a cold start has loaded its classes before the first user's search arrives.
   * {@code serve} runs it beside the web server's start; its counts are not kept.
   */
  public void warmUp() throws IOException {
    Optional<String> word = bounded(searcher -> rareWord(searcher.getIndexReader()));
    if (word.isEmpty()) return;
    SearchRequest request = new SearchRequest(word.get(), Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE);
    search(request, Detail.FULL);
    forgetCounts(request);
  }

  /** The first word of the spelling field that stands a few times: cheap to search, yet it finds, counts and marks. */
  private static Optional<String> rareWord(IndexReader reader) throws IOException {
    Terms words = MultiTerms.getTerms(reader, Fields.SPELL);
    if (words == null) return Optional.empty();
    TermsEnum te = words.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String w = t.utf8ToString();
      if (te.totalTermFreq() <= 100 && w.length() >= 5 && w.chars().allMatch(Character::isLetter)) return Optional.of(w);
    }
    return Optional.empty();
  }

  private static FacetedSearcher.CountsKey countsKey(SearchRequest request) {
    return new FacetedSearcher.CountsKey(request.query(), request.filters());
  }

  /**
   * Drops the remembered counts of this request's query and filters, so that its next search counts afresh, and
   * ranks and marks its page afresh (a page is shown again only with the counts it was shown with): for benchmarks
   * that measure searching, not remembering.
   */
  public void forgetCounts(SearchRequest request) throws IOException {
    withSearcher(searcher -> {
      searcher.recentCounts.remove(countsKey(request));
      return null;
    });
  }

  /** The result of work handed to the pool, with its failure rethrown as it was raised (out of time, too many clauses). */
  static <T> T joined(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) throw io.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw e;
    }
  }

  /**
   * The page's paragraphs with their snippets, marked by {@code marking}. A paragraph that {@code marking} finds
   * nothing in is marked by {@code words} instead, when given: a thesaurus equivalent matches its words anywhere in
   * a paragraph ("young people seeking asylum" for "UASC"), where its exact phrase, which {@code marking} looks for,
   * is not; its words are marked, so that the snippet shows why the paragraph was found.
   */
  private List<Hit> hits(FacetedSearcher searcher, Query marking, Query words, ScoreDoc[] docs) throws IOException {
    if (docs.length == 0) return List.of();
    StoredFields stored = searcher.storedFields();
    List<Hit> found = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) found.add(pageHit(searcher, stored, sd.doc));
    return snippets.marked(searcher, found, docs, marking, words);
  }

  /** Multi-select counts: each facet counted as if its own filter were not applied (drill-sideways). */
  private Map<String, List<FacetCount>> facets(Facets facets, SearchRequest request) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      FacetResult r;
      try {
        r = facets.getTopChildren(FACET_TOP_N.get(dim) + 1, dim); // one more, for the hidden "no value"
      } catch (IllegalArgumentException e) {
        r = null; // no paragraph carries this dimension yet
      }
      // Sized for the values and a chosen one: growing the list was a hundredth of a full search at 10,000 paragraphs.
      List<FacetCount> counts = new ArrayList<>((r == null ? 0 : r.labelValues.length) + 1);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          if (!lv.label.equals(Fields.NO_VALUE) && counts.size() < FACET_TOP_N.get(dim)) counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      if (dim.equals(Fields.YEAR)) counts.sort((a, b) -> b.value().compareTo(a.value()));
      // A chosen value stays visible (with a zero count) so that it can be unticked.
      for (String chosen : request.filters().getOrDefault(dim, List.of())) {
        if (counts.stream().noneMatch(c -> c.value().equals(chosen))) counts.add(new FacetCount(chosen, 0));
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static Map<String, List<FacetCount>> emptyFacets() {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) out.put(dim, List.of());
    return out;
  }

  private static Sort sort(SearchRequest.Sort sort) {
    SortField ordinal = new SortField(Fields.ORDINAL, SortField.Type.INT);
    return switch (sort) {
      case RELEVANCE -> null;
      case DATE -> new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG), ordinal);
      case DATE_DESC -> new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), ordinal);
    };
  }

  /** The most paragraphs one export returns; past that, the user narrows the search. */
  public static final int MAX_EXPORT = 50_000;

  /**
   * Every paragraph matching the request, without paging, in the request's order, handed to {@code sink} one by one
   * so that a large export never sits in memory whole.
   */
  public long export(SearchRequest request, Consumer<Hit> sink) throws IOException {
    Query userQuery = queries.userQuery(request.query());
    return bounded(searcher -> {
      DrillDownQuery matching = unscored(searcher, request);
      int total = checkExportSize(searcher.count(matching));
      if (total == 0) return 0L;
      Sort sort = sort(request.sort());
      TopDocs top = sort == null
          ? searcher.search(everyMatchRanked(searcher, request, drillDown(searcher, userQuery, request)), total)
          : searcher.search(matching, total, sort);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) sink.accept(storedHit(stored, sd.doc));
      return (long) top.scoreDocs.length;
    });
  }

  /** How many paragraphs an export of this request would hold; refuses one larger than {@link #MAX_EXPORT}. */
  public int exportSize(SearchRequest request) throws IOException {
    queries.userQuery(request.query()); // a query that cannot be read is refused here, before a searcher is held
    return bounded(searcher -> checkExportSize(searcher.count(unscored(searcher, request))));
  }

  private static int checkExportSize(int total) {
    if (total > MAX_EXPORT) {
      throw new InvalidRequestException("q", "the export would hold " + total + " paragraphs, at most " + MAX_EXPORT
          + " are allowed: narrow the search with filters");
    }
    return total;
  }

  /** A paragraph with the ids of the paragraphs before and after it in its report (null at either end). */
  public record ParagraphInReport(Hit hit, String previous, String next) {}

  public Optional<ParagraphInReport> paragraphInReport(String reportId, String number) throws IOException {
    List<Hit> all = reportParagraphs(reportId);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).number().equals(number)) {
        Hit hit = all.get(i);
        return Optional.of(new ParagraphInReport(withPlainSnippet(hit),
            i > 0 ? all.get(i - 1).id() : null, i + 1 < all.size() ? all.get(i + 1).id() : null));
      }
    }
    return Optional.empty();
  }

  /** Whether a background build of completions is under way ({@link #prepareCompletions}). */
  private final AtomicBoolean preparingCompletions = new AtomicBoolean();

  /**
   * Builds the current reader's completions on a background thread, unless they are built or being built. Why: they
   * are built on first use, once per reader, which at a million paragraphs took a second, and the first use is the
   * first letter a reader types. The search endpoint calls this once it has answered a search, so the build runs while
   * the reader looks at the results rather than while they type, and again after a re-index has opened a new reader.
   */
  public void prepareCompletions() {
    try {
      if (!withSearcher(current -> !current.suggestionsBuilt() && preparingCompletions.compareAndSet(false, true))) return;
    } catch (IOException | RuntimeException e) {
      return; // closed: nothing to prepare
    }
    Thread.ofPlatform().daemon().name("completions").start(() -> {
      try {
        withSearcher(FacetedSearcher::suggestions);
      } catch (IOException | RuntimeException e) {
        // The service was closed, or the reader went: the next use builds them as before.
      } finally {
        preparingCompletions.set(false);
      }
    });
  }

  /** Whether the current reader's completions are built (for tests of {@link #prepareCompletions}). */
  boolean completionsBuilt() throws IOException {
    return withSearcher(FacetedSearcher::suggestionsBuilt);
  }

  /** Completions for what the user is typing: report words, authorities and thesaurus terms. */
  public List<Suggestion> suggest(String prefix, int count) throws IOException {
    return withSearcher(searcher -> searcher.suggestions().lookup(prefix.strip(), count));
  }

  /**
   * The paragraphs of other reports most like this one (Lucene's MoreLikeThis over the paragraph text), or empty
   * when there is no such paragraph.
   */
  public Optional<List<Hit>> similar(String reportId, String number, int count) throws IOException {
    return withSearcher(searcher -> {
      TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, reportId + "/" + number)), 1);
      if (self.scoreDocs.length == 0) return Optional.empty();
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setFieldNames(new String[] {Fields.TEXT});
      mlt.setAnalyzer(Analyzers.indexText());
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMinWordLen(3);
      mlt.setMaxQueryTerms(30);
      // The text is stored once, inside the hit (not as a field MoreLikeThis could read by document number).
      String text = storedHit(searcher.storedFields(), self.scoreDocs[0].doc).text();
      Query like = mlt.like(Fields.TEXT, new StringReader(text));
      // No filter to paragraphs: the words are all in the text field, which a report's document holds empty, so only
      // paragraphs can match. A filter matching every paragraph kept Lucene from skipping what cannot reach the top
      // (MaxScore): at a million paragraphs the median fell from 8 to 6 ms, with the same paragraphs found.
      Query others = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Fields.REPORT_ID, reportId)), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs top = searcher.search(others, count);
      return Optional.of(hits(searcher, like, null, top.scoreDocs));
    });
  }

  /** One paragraph by id, or empty. */
  public Optional<Hit> paragraph(String id) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(withPlainSnippet(storedHit(searcher.storedFields(), top.scoreDocs[0].doc)));
    });
  }

  /** Every paragraph of a report in order, or empty when no such report. */
  public List<Hit> reportParagraphs(String reportId) throws IOException {
    return withSearcher(searcher -> {
      Query q = documents(Fields.REPORT_ID, reportId, Fields.PARAGRAPH);
      int n = Math.max(1, searcher.count(q));
      TopDocs top = searcher.search(q, n, new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)));
      StoredFields stored = searcher.storedFields();
      List<Hit> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) out.add(storedHit(stored, sd.doc));
      return out;
    });
  }

  /**
   * Every report, newest first. Read once per reader and kept with it: at a million paragraphs reading the 8,199
   * report documents and their stored summaries took 150 ms each time (800 ms the first), and the list changes only
   * when the index does.
   */
  public List<ReportSummary> reports() throws IOException {
    return withSearcher(searcher -> searcher.reports(SearchService::readReports));
  }

  private static List<ReportSummary> readReports(IndexSearcher searcher) throws IOException {
    Query q = new TermQuery(new Term(Fields.DOC_TYPE, Fields.REPORT));
    int n = Math.max(1, searcher.count(q));
    TopDocs top = searcher.search(q, n, new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
        new SortField(Fields.REPORT_ID, SortField.Type.STRING)));
    StoredFields stored = searcher.storedFields();
    List<ReportSummary> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) out.add(storedReport(stored, sd.doc));
    return List.copyOf(out);
  }

  /** One report by id, read from its own document, or empty when there is no such report. */
  public Optional<ReportSummary> report(String reportId) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(documents(Fields.REPORT_ID, reportId, Fields.REPORT), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(storedReport(searcher.storedFields(), top.scoreDocs[0].doc));
    });
  }

  /**
   * The id of the report that had {@code formerId} before (a type this version knows, a file whose content changed),
   * or empty. Ask only when no report has that id: a report's own id always wins over another's former one. Where two
   * reports had it, the first by id, so that the answer does not depend on the order they were indexed in.
   */
  public Optional<String> renamedReport(String formerId) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(documents(Fields.FORMER_ID, formerId, Fields.REPORT), 1, new Sort(new SortField(Fields.REPORT_ID, SortField.Type.STRING)));
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.REPORT_ID));
    });
  }

  /**
   * The documents of one type ({@link Fields#PARAGRAPH} or {@link Fields#REPORT}) with {@code value} in a keyword
   * field (a report's id, an id it had), unscored.
   */
  private static Query documents(String field, String value, String docType) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, docType)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static ReportSummary storedReport(StoredFields stored, int doc) throws IOException {
    return Json.read(stored.document(doc).get(Fields.STORED_REPORT), ReportSummary.class);
  }

  /** Paragraph and report counts, for /health. */
  public long[] counts() throws IOException {
    return withSearcher(searcher -> new long[] {
      searcher.count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.REPORT))),
      searcher.count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH)))
    });
  }

  /**
   * A paragraph of a result page with its plain snippet: remembered by the searcher if recently shown, else read (and
   * then remembered). The snippet is remembered with it: escaping twenty paragraphs' openings was a tenth of a search
   * without counts at 10,000 paragraphs.
   */
  private static Hit pageHit(FacetedSearcher searcher, StoredFields stored, int doc) throws IOException {
    Hit hit = searcher.recentHits.get(doc);
    if (hit == null) {
      hit = withPlainSnippet(storedHit(stored, doc));
      searcher.recentHits.put(doc, hit);
    }
    return hit;
  }

  /** The hit stored with a paragraph at index time (its text, metadata and citation as JSON). */
  private static Hit storedHit(StoredFields stored, int doc) throws IOException {
    BytesRef json = stored.document(doc).getBinaryValue(Fields.STORED_HIT);
    return Json.read(json.bytes, json.offset, json.length, Hit.class);
  }

  /** The paragraph with the opening of its text, escaped, as its snippet: where nothing in it is to be marked. */
  private static Hit withPlainSnippet(Hit hit) {
    return hit.withSnippet(plainSnippet(hit.text()));
  }

  private static String plainSnippet(String text) {
    String t = text.length() <= PLAIN_SNIPPET_CHARS ? text : text.substring(0, text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS)) + " …";
    return escape(t);
  }

  static String escape(String s) {
    return Html.escape(s);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      pool.shutdown();
      if (ownedDirectory != null) ownedDirectory.close();
    }
  }
}
