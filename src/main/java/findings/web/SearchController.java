package findings.web;

import findings.model.Hit;
import findings.model.Json;
import findings.search.InvalidRequestException;
import findings.search.SearchRequest;
import findings.search.SearchService;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** HTTP in and out for searching: {@code /api/search}, {@code /api/export} and {@code /health}. */
final class SearchController {
  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  void search(Context ctx) throws IOException {
    JsonAnswer.send(ctx, search.search(RequestParams.search(ctx)));
    // Whoever searched may type next: their completions are built now, if they are not yet, while they read.
    search.prepareCompletions();
  }

  void suggest(Context ctx) throws IOException {
    String q = RequestParams.query(ctx);
    if (q.length() > 100) throw new InvalidRequestException("q", "a prefix to complete is at most 100 characters");
    JsonAnswer.send(ctx, Map.of("query", q, "suggestions", search.suggest(q, 8)));
  }

  void health(Context ctx) throws IOException {
    long[] counts = search.counts();
    JsonAnswer.send(ctx, Map.of("status", "ok", "reports", counts[0], "paragraphs", counts[1]));
  }

  /** Every matching paragraph, streamed, as CSV (default) or a JSON array. */
  void export(Context ctx) throws IOException {
    String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
    if (!format.equals("csv") && !format.equals("json")) {
      throw new InvalidRequestException("format", "format must be csv or json, not '" + format + "'");
    }
    SearchRequest request = new SearchRequest(RequestParams.query(ctx), RequestParams.filters(ctx), 1, 1,
        SearchRequest.Sort.parse(ctx.queryParam("sort")));
    String base = ctx.scheme() + "://" + ctx.host();
    // Validate and count before the first byte goes out, so that a refusal is still a clean 400; then stream.
    search.exportSize(request);
    String name = "findings-export." + format;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    boolean[] first = {true};
    if (format.equals("csv")) {
      out.write('\uFEFF'); // spreadsheets open UTF-8 CSV correctly only with a byte order mark
      out.write(Csv.row(List.of("id", "authority", "type", "published", "section", "grade", "kind", "page", "citation", "url", "text")));
    } else {
      out.write('[');
    }
    search.export(request, hit -> {
      try {
        if (format.equals("csv")) {
          out.write(Csv.row(List.of(hit.id(), nz(hit.report().authority()), hit.report().type(), nz(hit.report().published()),
              nz(hit.section()), nz(hit.grade()), hit.kind(), hit.page() == null ? "" : hit.page().toString(), hit.citation(),
              base + hit.url(), hit.text())));
        } else {
          if (!first[0]) out.write(',');
          first[0] = false;
          out.write(Json.write(withAbsoluteUrl(hit, base)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (format.equals("json")) out.write(']');
    out.flush();
  }

  private static Hit withAbsoluteUrl(Hit h, String base) {
    return new Hit(h.id(), h.number(), h.report(), h.section(), h.sectionPath(), h.grade(), h.kind(), h.theme(), h.page(), h.text(),
        h.footnotes(), null, h.citation(), base + h.url());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
