package findings.search;

import findings.index.Fields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: query text, facet filters (values OR-ed within a facet, facets AND-ed), page and sort.
 *
 * @param filters facet name → chosen values; only the facets of {@link Fields#FACETS}
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int size, Sort sort) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  /** Deep paging costs memory for every page before it; nobody reads result 10,001. */
  public static final int MAX_DEPTH = 10_000;
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** Result order. */
  public enum Sort {
    RELEVANCE, DATE, DATE_DESC;

    public static Sort parse(String s) {
      if (s == null || s.isBlank() || s.equals("relevance")) return RELEVANCE;
      if (s.equals("date")) return DATE;
      if (s.equals("-date")) return DATE_DESC;
      throw new InvalidRequestException("sort", "sort must be relevance, date or -date, not '" + s + "'");
    }
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("q", "query is too long: " + query.length() + " characters, at most " + MAX_QUERY_LENGTH);
    }
    Map<String, List<String>> clean = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((facet, values) -> {
        if (!Fields.FACETS.contains(facet)) {
          throw new InvalidRequestException(facet, "unknown facet '" + facet + "'; facets are " + String.join(", ", Fields.FACETS));
        }
        List<String> nonBlank = values.stream().filter(v -> v != null && !v.isBlank())
            .map(v -> FilterValues.canonical(facet, v.strip())).distinct().toList();
        if (!nonBlank.isEmpty()) clean.put(facet, nonBlank);
      });
    }
    filters = Map.copyOf(clean);
    if (page < 1) throw new InvalidRequestException("page", "page must be 1 or more, not " + page);
    if (size < 1 || size > MAX_SIZE) throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE + ", not " + size);
    if ((long) page * size > MAX_DEPTH) {
      throw new InvalidRequestException("page", "page " + page + " is out of range: results stop at " + MAX_DEPTH + "; narrow the search instead");
    }
    if (sort == null) sort = Sort.RELEVANCE;
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), 1, DEFAULT_SIZE, Sort.RELEVANCE);
  }
}
