package findings.web;

import findings.cli.Main;
import findings.search.SearchService;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seeds (or other reports) indexed into a fresh folder and served on a free port, as tests need them. */
final class SeedServer implements AutoCloseable {
  final Path dir;
  final SearchService search;
  final Javalin app;
  final String base;

  SeedServer(Path parent) throws Exception {
    this(parent, Path.of("seeds"));
  }

  /** The reports of {@code source} (a folder or a file) instead of the seeds. */
  SeedServer(Path parent, Path source) throws Exception {
    dir = Files.createTempDirectory(parent, "findings-web");
    Path index = dir.resolve("index");
    int code = Main.execute("index", "--index", index.toString(), source.toString());
    if (code != 0) throw new IllegalStateException("indexing " + source + " failed: " + code);
    search = new SearchService(index);
    app = WebServer.create(search).start(0);
    base = "http://localhost:" + app.port();
  }

  @Override
  public void close() throws Exception {
    app.stop();
    search.close();
  }
}
