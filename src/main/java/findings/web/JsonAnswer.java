package findings.web;

import findings.model.Json;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Answers with a body as JSON written as UTF-8 through the response. Javalin's {@code ctx.json} writes a string first
 * and encodes it again, two bytes a character wherever the text has a dash or a curly quote; a page of search results
 * is about 30 KB of JSON, and under load its writing was a quarter of the server's time, the string's encoding a fifth
 * of that (BENCHMARKS.md, "Peer round (session 30)"). Written to bytes and handed to {@code ctx.result}, the page was
 * still made whole in memory, copied again into one array, and copied out through a 32 KB buffer Javalin makes for
 * each answer: two fifths of what the server allocated under load ("Server round (session 33)"). Javalin's
 * {@code ctx.jsonStream} writes through a pipe filled on a thread of its own.
 */
final class JsonAnswer {
  private JsonAnswer() {}

  static void send(Context ctx, Object body) throws IOException {
    ctx.contentType(ContentType.APPLICATION_JSON);
    Json.write(ctx.outputStream(), body);
  }
}
