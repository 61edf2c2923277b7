package findings.bench;

import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how well search finds the judged paragraphs: recall over everything a query returns, and nDCG@10 of
 * the first page. Findings' analysis (stemming, spelling variants, thesaurus) is measured against a plain
 * keyword baseline — the same index and query syntax without stemming or synonyms — in the same run.
 */
public final class RelevanceBench {
  /** The figures of one configuration, averaged over the queries, with the per-query rows. */
  public record Result(String name, double recall, double ndcg10, List<QueryResult> queries) {}

  public record QueryResult(String query, int judged, int found, double recall, double ndcg10, List<String> missed) {}

  private RelevanceBench() {}

  /** Something that ranks paragraph ids for a query: the search service, or the baseline. */
  public interface Ranker {
    List<String> rank(String query) throws IOException;
  }

  public static Ranker of(SearchService service) {
    return q -> {
      List<String> ranked = new ArrayList<>();
      service.export(new SearchRequest(q, Map.of(), 1, 1, SearchRequest.Sort.RELEVANCE), hit -> ranked.add(hit.id()));
      return ranked;
    };
  }

  public static Result measure(String name, Ranker ranker, RelevanceSet set) throws IOException {
    List<QueryResult> rows = new ArrayList<>();
    for (String q : set.queries()) {
      Map<String, Integer> judged = set.judgments().get(q);
      List<String> ranked = ranker.rank(q);
      Set<String> all = new HashSet<>(ranked);
      List<String> missed = judged.keySet().stream().filter(id -> !all.contains(id)).toList();
      double recall = (judged.size() - missed.size()) / (double) judged.size();
      rows.add(new QueryResult(q, judged.size(), judged.size() - missed.size(), recall, ndcg(ranked, judged, 10), missed));
    }
    double recall = rows.stream().mapToDouble(QueryResult::recall).average().orElse(0);
    double ndcg = rows.stream().mapToDouble(QueryResult::ndcg10).average().orElse(0);
    return new Result(name, recall, ndcg, rows);
  }

  /** Normalised discounted cumulative gain at k with graded gains (2^rel − 1). */
  static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int rel = judged.getOrDefault(ranked.get(i), 0);
      dcg += (Math.pow(2, rel) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Runs ours and the baseline over the same index and prints a table; returns both results. */
  public static List<Result> run(Path index, PrintStream out) throws IOException {
    RelevanceSet set = RelevanceSet.load();
    Result ours;
    Result baseline;
    try (SearchService findings = new SearchService(index); BaselineIndex plain = BaselineIndex.of(findings)) {
      ours = measure("Findings (stemming, spelling variants, thesaurus)", of(findings), set);
      baseline = measure("Plain keyword baseline (StandardAnalyzer, same query syntax)", plain::rank, set);
    }
    out.printf("%-40s %8s %8s %8s %8s%n", "query", "judged", "recall", "nDCG@10", "base nDCG");
    for (int i = 0; i < ours.queries().size(); i++) {
      QueryResult o = ours.queries().get(i);
      QueryResult b = baseline.queries().get(i);
      out.printf("%-40s %8d %8.2f %8.3f %8.3f%s%n", truncate(o.query(), 40), o.judged(), o.recall(), o.ndcg10(), b.ndcg10(),
          o.missed().isEmpty() ? "" : "   missed " + o.missed());
    }
    out.printf("%n%-55s recall %.3f   nDCG@10 %.3f%n", ours.name(), ours.recall(), ours.ndcg10());
    out.printf("%-55s recall %.3f   nDCG@10 %.3f%n", baseline.name(), baseline.recall(), baseline.ndcg10());
    out.printf("%d queries, %d judgments%n", set.queries().size(),
        set.judgments().values().stream().mapToInt(Map::size).sum());
    return List.of(ours, baseline);
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

}
