package findings.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search page's own files (web/ in the jar), read once and served from memory with an ETag, so that a browser
 * revalidating them is answered 304. Javalin's class-path static files would do the same, but they mount the whole
 * jar as a zip file system at start: 12,000 entries, about 0.4 s of a cold {@code serve}'s first answer.
 */
final class PageFiles {
  /** Every file of web/ with its media type; a file added there is added here (ApiTest serves each one). */
  static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "report.js", "text/javascript; charset=utf-8",
      "style.css", "text/css; charset=utf-8");

  private record PageFile(byte[] bytes, String type, String etag) {}

  private final Map<String, PageFile> files = new LinkedHashMap<>();

  PageFiles() {
    TYPES.forEach((name, type) -> {
      byte[] bytes = read("/web/" + name);
      files.put(name, new PageFile(bytes, type, '"' + sha256(bytes).substring(0, 16) + '"'));
    });
  }

  /** The names to route, each as "/name"; the page itself is also "/". */
  Iterable<String> names() {
    return files.keySet();
  }

  void serve(Context ctx, String name) {
    PageFile file = files.get(name);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", file.etag());
    if (file.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(file.type()).result(file.bytes());
  }

  private static byte[] read(String resource) {
    try (InputStream in = PageFiles.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the jar: build it with mvn package");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource + " from the jar", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
