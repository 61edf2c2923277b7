package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import findings.cli.Main;
import findings.model.FacetCount;
import findings.model.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Indexes of the seeds for the tests that compare facet counts, and Lucene's count of one dimension. */
final class FacetIndexes {
  private FacetIndexes() {}

  /**
   * The seeds in more than one segment, so that counting maps each segment's ordinals to global ones, as it does in a
   * large index. Findings merges a small index into one segment at each commit, so two indexes of the seeds, two
   * reports and three, are joined as they are, segment by segment, with the first one's commit data.
   */
  static Path severalSegments(Path parent, String prefix) throws Exception {
    return joined(Files.createTempDirectory(parent, prefix), List.of("seeds/001_15de77b5f4537637.txt", "seeds/002_123b325bf212f2cb.txt"),
        List.of("seeds/000_1cb2265a1d41d5cf.txt", "seeds/003_d3cd17d939f61604.txt", "seeds/004_0c46a5a91f508f7b.txt"));
  }

  /** Two indexes, of the first reports and of the second, joined in {@code work/index} as the segments they are. */
  static Path joined(Path work, List<String> first, List<String> second) throws Exception {
    Path index = work.resolve("index");
    Path[] parts = {work.resolve("first"), work.resolve("second")};
    List<List<String>> reports = List.of(first, second);
    for (int i = 0; i < parts.length; i++) {
      List<String> args = new ArrayList<>(List.of("index", "--index", parts[i].toString()));
      args.addAll(reports.get(i));
      assertEquals(0, Main.execute(args.toArray(String[]::new)), "indexing " + reports.get(i));
    }
    try (Directory joined = FSDirectory.open(index); Directory one = FSDirectory.open(parts[0]);
        Directory two = FSDirectory.open(parts[1]);
        IndexWriter writer = new IndexWriter(joined, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addIndexes(one, two);
      writer.setLiveCommitData(SegmentInfos.readLatestCommit(one).getUserData().entrySet());
      writer.commit();
    }
    return index;
  }

  /** Queries of every operator the search language has, for comparing two ways of searching over the seeds. */
  static final List<String> OPERATOR_QUERIES = List.of("foster*", "health AND education AND training",
      "\"looked after children\" OR respite", "safeguarding NOT police", "children young people", "grade:good attendance",
      "\"short breaks\"~3");

  /** Two search services over one index of the seeds in several segments: as shipped, and with one path switched. */
  record Compared(SearchService shipped, SearchService switched) implements AutoCloseable {
    static Compared over(Path parent, String prefix, java.util.function.Consumer<SearchService> switchOff) throws Exception {
      Path index = severalSegments(parent, prefix);
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

  /**
   * No filter, and filters as a reader adds them: the query's commonest authority, then also its commonest year, and
   * its first two sections (values within a filter are OR-ed). A dimension filtered is counted without its own filter.
   */
  static List<Map<String, List<String>>> filtersOf(SearchService search, String query) throws Exception {
    Map<String, List<FacetCount>> facets =
        search.search(new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE)).facets();
    List<Map<String, List<String>>> all = new ArrayList<>(List.of(Map.of()));
    List<String> authorities = values(facets, "authority", 1);
    List<String> years = values(facets, "year", 1);
    List<String> sections = values(facets, "section", 2);
    if (!authorities.isEmpty()) all.add(Map.of("authority", authorities));
    if (!authorities.isEmpty() && !years.isEmpty()) all.add(Map.of("authority", authorities, "year", years));
    if (sections.size() == 2) all.add(Map.of("section", sections));
    return all;
  }

  /** What a test asks of one request's page from two services. */
  interface PagePair {
    void check(SearchRequest request, SearchPage reference, SearchPage other) throws Exception;
  }

  /**
   * Each text, with each of its filters ({@link #filtersOf}), on each of its first {@code pages} pages of ten that
   * {@code reference} answers (a page past the last is refused, and skipped), searched by both services.
   */
  static void eachPage(SearchService reference, SearchService other, List<String> texts, int pages, PagePair pair)
      throws Exception {
    for (String text : texts) {
      for (Map<String, List<String>> filters : filtersOf(reference, text)) {
        for (int page = 1; page <= pages; page++) {
          SearchRequest request = new SearchRequest(text, filters, page, 10, SearchRequest.Sort.RELEVANCE);
          SearchPage expected;
          try {
            expected = reference.search(request);
          } catch (InvalidRequestException pastTheLast) {
            continue;
          }
          pair.check(request, expected, other.search(request));
        }
      }
    }
  }

  private static List<String> values(Map<String, List<FacetCount>> facets, String dim, int n) {
    return facets.getOrDefault(dim, List.of()).stream().limit(n).map(FacetCount::value).toList();
  }
}
