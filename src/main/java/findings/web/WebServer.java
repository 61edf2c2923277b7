package findings.web;

import findings.model.Json;
import findings.model.SearchPage;
import findings.search.InvalidRequestException;
import findings.search.SearchService;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web application: every route in one place, one error mapping, the page served from the jar. */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * No inline script or style anywhere: report text that slipped through as markup could not run even if it
   * were not escaped.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** The longest request line and headers Jetty reads. */
  static final int REQUEST_HEADER_BYTES = 64 * 1024;

  private WebServer() {}

  /** The application, not started: {@code create(search).start(port)}; tests start it on port 0. */
  public static Javalin create(SearchService search) {
    return create(CompletableFuture.completedFuture(search));
  }

  /**
   * The application over searches that may still be opening: the page's files are served at once, and a request that
   * needs the index waits until they are open. {@code serve} starts the web server this way while it checks the
   * source files and opens the index on another thread (a quarter of a second of its start at a million paragraphs).
   */
  public static Javalin create(CompletableFuture<SearchService> opening) {
    CompletableFuture<SearchController> searching = opening.thenApply(SearchController::new);
    CompletableFuture<ReportController> reporting = opening.thenApply(ReportController::new);
    PageFiles page = new PageFiles();
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.startup.showJavalinBanner = false;
      // Requests on virtual threads: with sixteen connections on two cores, Jetty's pool of platform threads spent more
      // of the cores switching between them (on the 10k index, in steady state, 6,061–6,311 requests/s against
      // 6,296–6,886; BENCHMARKS.md, "Server round (session 31)"). Searches still run one a core (SearchService).
      config.concurrency.useVirtualThreads = true;
      // Jetty's 8 KB would refuse, before the query's own check, a query within its 1,000 characters typed in a script
      // whose every character takes nine bytes of the address ("%E2%80%99"); and what Jetty refuses itself is answered
      // as JSON, like every other error.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
      });
      // A HEAD request is a GET without its body, so it runs the same handler: Javalin alone answers HEAD with an
      // empty 200 wherever a GET route's path matches, even for a report that does not exist, and link checkers ask
      // with HEAD whether a permalink still stands.
      BiConsumer<String, Handler> route = (path, handler) -> {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
      };
      route.accept("/", ctx -> page.serve(ctx, "index.html"));
      for (String name : page.names()) route.accept("/" + name, ctx -> page.serve(ctx, name));
      route.accept("/api/search", ctx -> searching.join().search(ctx));
      route.accept("/api/export", ctx -> searching.join().export(ctx));
      route.accept("/api/reports", ctx -> reporting.join().reports(ctx));
      route.accept("/api/reports/{reportId}", ctx -> reporting.join().report(ctx));
      route.accept("/api/paragraphs/{reportId}/{n}", ctx -> reporting.join().paragraph(ctx));
      route.accept("/api/paragraphs/{reportId}/{n}/similar", ctx -> reporting.join().similar(ctx));
      route.accept("/api/suggest", ctx -> searching.join().suggest(ctx));
      route.accept("/reports/{reportId}", ctx -> reporting.join().reportPage(ctx));
      route.accept("/p/{reportId}/{n}", ctx -> reporting.join().permalink(ctx));
      route.accept("/health", ctx -> searching.join().health(ctx));

      config.routes.exception(InvalidRequestException.class, (e, ctx) ->
          ctx.status(400).json(new ErrorBody(e.getMessage(), "parameter: " + e.parameter())));
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(new ErrorBody(e.getMessage(), e.getDetails().getOrDefault(DETAIL, reason(e.getStatus(), ctx.path())))));
      // Lucene refuses some inputs (an immense term, say) with IllegalArgumentException: the user's input, not a bug.
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(400).json(new ErrorBody("the request cannot be answered as written", e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        ctx.status(500).json(new ErrorBody("internal error", "the server could not answer; the error is in its log"));
      });
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) {
          ctx.json(new ErrorBody("not found", "no such page or resource: " + ctx.path()));
          return;
        }
      });
    });
  }

  /**
   * A started server, as the command line holds it: its port, and stopping it. Only this package knows the web
   * framework; the commands start and stop a server through this.
   */
  public static final class Running implements AutoCloseable {
    private final Javalin app;

    private Running(Javalin app) {
      this.app = app;
    }

    public int port() {
      return app.port();
    }

    /** Stops answering; the searches stay open for their owner to close. */
    @Override
    public void close() {
      app.stop();
    }
  }

  /** The application over {@code search}, started on {@code host} and {@code port} (0: a free port). */
  public static Running start(SearchService search, String host, int port) {
    return new Running(create(search).start(host, port));
  }

  /** The application over searches that may still be opening ({@link #create(CompletableFuture)}), started on {@code port}. */
  public static Running start(CompletableFuture<SearchService> opening, int port) {
    return new Running(create(opening).start(port));
  }

  /**
   * Loads what a first request needs from Javalin, Jetty and Jackson by starting and stopping an application on a
   * free loopback port and writing a sample page as JSON. {@code serve} runs this on a second core while it opens and
   * checks the index: class loading is a second or more of a cold start, and would otherwise follow the check.
   */
  public static void warmUp() {
    Javalin app = create((SearchService) null).start("127.0.0.1", 0);
    app.stop();
    Json.write(new SearchPage("", 0, 1, 20, 0, List.of(), Map.of(), null, Map.of()));
  }

  /** The key of an {@link HttpResponseException}'s details that holds what to do about it, its error body's detail. */
  static final String DETAIL = "detail";

  /** What to do about an error raised without a detail: Javalin's own, such as a path that no route serves. */
  private static String reason(int status, String path) {
    return switch (status) {
      case 404 -> "no such page or resource: " + path + "; the API is /api/search, /api/export, /api/reports,"
          + " /api/paragraphs/{reportId}/{n} and /health, the pages / and /reports/{reportId}";
      case 400 -> "the request is not valid";
      default -> "";
    };
  }
}
