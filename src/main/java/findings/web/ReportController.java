package findings.web;

import findings.model.Hit;
import findings.model.Json;
import findings.model.ReportSummary;
import findings.search.InvalidRequestException;
import findings.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** HTTP in and out for reports and paragraphs: the API, the report page and permalinks. */
final class ReportController {
  private final SearchService search;

  ReportController(SearchService search) {
    this.search = search;
  }

  void reports(Context ctx) throws IOException {
    JsonAnswer.send(ctx, search.reports());
  }

  void report(Context ctx) throws IOException {
    String id = ctx.pathParam("reportId");
    Optional<ReportSummary> summary = orMoved(ctx, search.report(id), id, "report", id, now -> "/api/reports/" + now);
    if (summary.isEmpty()) return;
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>(Json.MAPPER.convertValue(summary.get(), Map.class));
    body.put("paragraphs", search.reportParagraphs(id));
    JsonAnswer.send(ctx, body);
  }

  void paragraph(Context ctx) throws IOException {
    String reportId = ctx.pathParam("reportId");
    String n = ctx.pathParam("n");
    Optional<SearchService.ParagraphInReport> found = orMoved(ctx, search.paragraphInReport(reportId, n), reportId,
        "paragraph", reportId + "/" + n, now -> "/api/paragraphs/" + now + "/" + segment(n));
    if (found.isEmpty()) return;
    SearchService.ParagraphInReport p = found.get();
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>(Json.MAPPER.convertValue(p.hit(), Map.class));
    body.put("previous", p.previous());
    body.put("next", p.next());
    JsonAnswer.send(ctx, body);
  }

  void similar(Context ctx) throws IOException {
    String reportId = ctx.pathParam("reportId");
    String n = ctx.pathParam("n");
    int size = RequestParams.intParam(ctx, "size", 10);
    if (size < 1 || size > 50) throw new InvalidRequestException("size", "size must be between 1 and 50, not " + size);
    Optional<List<Hit>> similar = orMoved(ctx, search.similar(reportId, n, size), reportId, "paragraph",
        reportId + "/" + n, now -> "/api/paragraphs/" + now + "/" + segment(n) + "/similar?size=" + size);
    if (similar.isEmpty()) return;
    JsonAnswer.send(ctx, Map.of("id", reportId + "/" + n, "similar", similar.get()));
  }

  void reportPage(Context ctx) throws IOException {
    String id = ctx.pathParam("reportId");
    Optional<ReportSummary> summary = orMoved(ctx, search.report(id), id, "report", id, now -> "/reports/" + now);
    if (summary.isEmpty()) return;
    List<Hit> paragraphs = search.reportParagraphs(id);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(ReportPage.render(summary.get(), paragraphs));
  }

  /** {@code /p/{reportId}/{n}}: the paragraph's place in its report; a link that keeps working across re-indexing. */
  void permalink(Context ctx) throws IOException {
    String asked = ctx.pathParam("reportId");
    String n = ctx.pathParam("n");
    // An id the report had before leads straight to its place under the id it has now: one hop, not two.
    String reportId = renamed(asked).orElse(asked);
    if (search.paragraphInReport(reportId, n).isEmpty()) throw notFound("paragraph", asked + "/" + n);
    ctx.redirect("/reports/" + reportId + "#p" + n, HttpStatus.FOUND);
  }

  /**
   * What was asked for, found; else, where a report had that id before (a type this version knows, a file whose
   * content changed), empty, the request answered with the same request under the report's id now, for good (301),
   * so that links and citations made with the old id keep working; else 404.
   */
  private <T> Optional<T> orMoved(Context ctx, Optional<T> found, String reportId, String what, String asked,
      UnaryOperator<String> location) throws IOException {
    if (found.isPresent()) return found;
    String now = renamed(reportId).orElseThrow(() -> notFound(what, asked));
    ctx.redirect(location.apply(now), HttpStatus.MOVED_PERMANENTLY); // a report id is a slug: nothing to escape
    return found;
  }

  /** The id of the report that had {@code reportId} before, where no report has it now (its own id always wins). */
  private Optional<String> renamed(String reportId) throws IOException {
    return search.report(reportId).isPresent() ? Optional.empty() : search.renamedReport(reportId);
  }

  /** A paragraph number as a path segment: as typed it may hold anything ("3.2", or "?" in a hostile request). */
  private static String segment(String n) {
    return URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static NotFoundResponse notFound(String what, String id) {
    return new NotFoundResponse("no " + what + " '" + id + "'",
        Map.of(WebServer.DETAIL, "check the id: report ids look like city-of-london-joint-area-review-2007-12-21"));
  }
}
