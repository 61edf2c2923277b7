package findings.web;

import findings.index.Fields;
import findings.search.InvalidRequestException;
import findings.search.SearchRequest;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the search parameters of the contract from a request, naming the parameter in every complaint. */
final class RequestParams {
  private static final Set<String> KNOWN = Set.of("q", "page", "size", "sort", "format", "authority", "year", "type",
      "section", "grade", "kind", "theme", "_");

  private RequestParams() {}

  static SearchRequest search(Context ctx) {
    return new SearchRequest(query(ctx), filters(ctx), intParam(ctx, "page", 1), intParam(ctx, "size", SearchRequest.DEFAULT_SIZE),
        SearchRequest.Sort.parse(ctx.queryParam("sort")));
  }

  static String query(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : q;
  }

  static Map<String, List<String>> filters(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!KNOWN.contains(name)) {
        throw new InvalidRequestException(name, "unknown parameter '" + name + "'; filters are " + String.join(", ", Fields.FACETS));
      }
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String facet : Fields.FACETS) {
      List<String> values = ctx.queryParams(facet);
      if (!values.isEmpty()) filters.put(facet, values);
    }
    return filters;
  }

  static int intParam(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) return fallback;
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, name + " must be a whole number, not '" + raw + "'");
    }
  }
}
