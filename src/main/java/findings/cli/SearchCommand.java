package findings.cli;

import findings.index.Indexer;
import findings.model.FewerWords;
import findings.model.Hit;
import findings.model.Json;
import findings.model.SearchPage;
import findings.search.InvalidRequestException;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code findings search …}: the API's search from the command line. */
@Command(name = "search", description = "Search the index; --json prints exactly what GET /api/search returns.")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--json", description = "Print the JSON body of GET /api/search")
  boolean json;

  @Option(names = "--authority") List<String> authority;
  @Option(names = "--grade") List<String> grade;
  @Option(names = "--section") List<String> section;
  @Option(names = "--year") List<String> year;
  @Option(names = "--type") List<String> type;
  @Option(names = "--kind") List<String> kind;
  @Option(names = "--size", defaultValue = "20") int size;
  @Option(names = "--page", defaultValue = "1") int page;
  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date or -date") String sort;

  @Parameters(arity = "0..*", paramLabel = "QUERY") List<String> query;

  @Override
  public Integer call() throws Exception {
    if (!Indexer.holdsIndex(index)) {
      System.err.println("findings: no index at " + index + "; run 'findings index PATH…' first");
      return 1;
    }
    if (!Indexer.readableByThisVersion(index)) {
      System.err.println("findings: the index at " + index + " was written by another version of Findings (or of its thesaurus);"
          + " run 'findings index' on its reports again to rebuild it");
      return 1;
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    put(filters, "authority", authority);
    put(filters, "year", year);
    put(filters, "type", type);
    put(filters, "section", section);
    put(filters, "grade", grade);
    put(filters, "kind", kind);
    try (SearchService service = new SearchService(index)) {
      SearchRequest request = new SearchRequest(query == null ? "" : String.join(" ", query), filters, page, size,
          SearchRequest.Sort.parse(sort));
      SearchPage result = service.search(request);
      if (json) {
        System.out.println(Json.write(result));
      } else {
        print(result);
      }
      return 0;
    } catch (InvalidRequestException e) {
      System.err.println("findings: " + e.parameter() + ": " + e.getMessage());
      return 2;
    }
  }

  private static void put(Map<String, List<String>> filters, String name, List<String> values) {
    if (values != null && !values.isEmpty()) filters.put(name, values);
  }

  private static void print(SearchPage page) {
    System.out.printf("%d paragraphs match%s%n", page.total(), page.query().isEmpty() ? "" : " \"" + page.query() + "\"");
    if (page.didYouMean() != null) System.out.printf("Did you mean \"%s\"?%n", page.didYouMean());
    for (FewerWords fewer : page.fewerWords()) {
      System.out.printf("Without \"%s\": %s%d paragraph%s (\"%s\")%n", fewer.without(),
          fewer.total() >= FewerWords.COUNTED_TO ? "at least " : "", fewer.total(), fewer.total() == 1 ? "" : "s", fewer.query());
    }
    System.out.println();
    for (Hit h : page.hits()) {
      System.out.printf("%s%n  %s | %s | %s | %s | grade: %s%n  %s%n  %s%n%n", h.id(), h.report().authority(),
          h.report().year(), h.report().type(), h.section(), h.grade() == null ? "none" : h.grade(),
          h.snippet().replace("<mark>", "[").replace("</mark>", "]").replace("&#39;", "'").replace("&quot;", "\"")
              .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
          h.citation());
    }
  }
}
