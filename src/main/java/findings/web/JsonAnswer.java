package findings.web;

import findings.model.Json;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * Answers with a body as JSON written straight to UTF-8 bytes. Javalin's {@code ctx.json} writes a string first and
 * encodes it again, two bytes a character wherever the text has a dash or a curly quote; a page of search results is
 * about 30 KB of JSON, and under load its writing was a quarter of the server's time, the string's encoding a fifth of
 * that (BENCHMARKS.md, "Peer round (session 30)"). Javalin's {@code ctx.jsonStream} writes bytes too, but through a
 * pipe filled on a thread of its own, and without a length.
 */
final class JsonAnswer {
  private JsonAnswer() {}

  static void send(Context ctx, Object body) {
    ctx.contentType(ContentType.APPLICATION_JSON).result(Json.utf8(body));
  }
}
