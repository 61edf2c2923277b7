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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    ReportSummary summary = search.report(id).orElseThrow(() -> notFound("report", id));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>(Json.MAPPER.convertValue(summary, Map.class));
    body.put("paragraphs", search.reportParagraphs(id));
    JsonAnswer.send(ctx, body);
  }

  void paragraph(Context ctx) throws IOException {
    String reportId = ctx.pathParam("reportId");
    String n = ctx.pathParam("n");
    SearchService.ParagraphInReport p = search.paragraphInReport(reportId, n)
        .orElseThrow(() -> notFound("paragraph", reportId + "/" + n));
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
    List<Hit> similar = search.similar(reportId, n, size).orElseThrow(() -> notFound("paragraph", reportId + "/" + n));
    JsonAnswer.send(ctx, Map.of("id", reportId + "/" + n, "similar", similar));
  }

  void reportPage(Context ctx) throws IOException {
    String id = ctx.pathParam("reportId");
    ReportSummary summary = search.report(id).orElseThrow(() -> notFound("report", id));
    List<Hit> paragraphs = search.reportParagraphs(id);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(ReportPage.render(summary, paragraphs));
  }

  /** {@code /p/{reportId}/{n}}: the paragraph's place in its report; a link that keeps working across re-indexing. */
  void permalink(Context ctx) throws IOException {
    String reportId = ctx.pathParam("reportId");
    String n = ctx.pathParam("n");
    if (search.paragraphInReport(reportId, n).isEmpty()) throw notFound("paragraph", reportId + "/" + n);
    ctx.redirect("/reports/" + reportId + "#p" + n, HttpStatus.FOUND);
  }

  private static NotFoundResponse notFound(String what, String id) {
    return new NotFoundResponse("no " + what + " '" + id + "'",
        Map.of(WebServer.DETAIL, "check the id: report ids look like city-of-london-joint-area-review-2007-12-21"));
  }
}
