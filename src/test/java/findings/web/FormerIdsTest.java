package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import findings.cli.Main;
import findings.model.Json;
import findings.search.SearchService;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links made with an id a report had before keep leading to it, over real HTTP: a visit's letter that an earlier
 * version typed "Other" (its id then said so), and a file whose changed content gives its report another date. A
 * report's own id always wins over another's former one.
 */
class FormerIdsTest {
  @TempDir Path tmp;

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final String NOW = "havering-monitoring-visit-2020-03-12";
  /** The id this letter had while Findings typed visits "Other". */
  private static final String TYPED_OTHER = "havering-other-2020-03-12";

  private static String letter(String date) {
    return String.join("\n", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", date, "", "Jane Smith",
        "Director of Children's Services", "London Borough of Havering", "", "Dear Jane", "",
        "Monitoring visit to Havering children's services", "",
        "This letter summarises the findings of the monitoring visit to Havering children's services, which looked at "
            + "services for children in need of help and protection, and at private fostering in particular.", "",
        "Headline findings", "",
        "Private fostering arrangements are now identified more consistently, and notifications from schools have "
            + "increased since the last visit.", "");
  }

  /** Indexes {@code folder} into {@code index} and serves it while {@code check} runs. */
  private static void served(Path folder, Path index, Check check) throws Exception {
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    try (SearchService search = new SearchService(index)) {
      Javalin app = WebServer.create(search).start(0);
      try {
        check.run("http://localhost:" + app.port());
      } finally {
        app.stop();
      }
    }
  }

  private interface Check {
    void run(String base) throws Exception;
  }

  private static HttpResponse<String> get(String base, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void movedTo(String base, String path, int status, String location) throws Exception {
    HttpResponse<String> r = get(base, path);
    assertEquals(status, r.statusCode(), path + " → " + r.body());
    assertEquals(location, r.headers().firstValue("Location").orElse(null), path);
  }

  @Test
  void aLetterTypedOtherBeforeIsFoundByItsOldId() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(folder.resolve("letter.txt"), letter("12 March 2020"));
    served(folder, tmp.resolve("index"), base -> {
      assertEquals(200, get(base, "/reports/" + NOW).statusCode());
      // Every way in to a report or a paragraph, with what the request asked for besides the id.
      movedTo(base, "/reports/" + TYPED_OTHER, 301, "/reports/" + NOW);
      movedTo(base, "/api/reports/" + TYPED_OTHER, 301, "/api/reports/" + NOW);
      movedTo(base, "/api/paragraphs/" + TYPED_OTHER + "/u2", 301, "/api/paragraphs/" + NOW + "/u2");
      movedTo(base, "/api/paragraphs/" + TYPED_OTHER + "/u2/similar?size=3", 301,
          "/api/paragraphs/" + NOW + "/u2/similar?size=3");
      // What a request spells with escapes is answered as the id and number it means, spelt plainly.
      movedTo(base, "/reports/havering-%6Fther-2020-03-12", 301, "/reports/" + NOW);
      movedTo(base, "/api/paragraphs/" + TYPED_OTHER + "/u2%3Fx%20y", 301, "/api/paragraphs/" + NOW + "/u2%3Fx%20y");
      // A permalink leads to the paragraph's place in one hop.
      movedTo(base, "/p/" + TYPED_OTHER + "/u2", 302, "/reports/" + NOW + "#pu2");
      assertEquals(404, get(base, "/p/" + TYPED_OTHER + "/u99").statusCode());
      JsonNode paragraph = Json.MAPPER.readTree(get(base, "/api/paragraphs/" + NOW + "/u2").body());
      assertEquals("Monitoring visit", paragraph.get("report").get("type").asText());
      assertEquals(NOW + "/u2", paragraph.get("id").asText());
      // Ids no report ever had are still not found, and never redirected.
      assertEquals(404, get(base, "/reports/havering-other-2020-03-13").statusCode());
      assertEquals(404, get(base, "/api/reports/havering-other-2020-03-13").statusCode());
    });
  }

  /** Another report of the same authority and day that is typed "Other" now holds that id: it is that report's. */
  @Test
  void aReportsOwnIdWinsOverAnothersFormerOne() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(folder.resolve("letter.txt"), letter("12 March 2020"));
    Files.writeString(folder.resolve("newsletter.txt"), String.join("\n", "London Borough of Havering",
        "Children's services newsletter", "12 March 2020", "", "News", "",
        "Our foster carers were thanked at the annual awards evening, and twelve new carers were approved this year "
            + "after the recruitment campaign.", ""));
    served(folder, tmp.resolve("index"), base -> {
      HttpResponse<String> own = get(base, "/api/reports/" + TYPED_OTHER);
      assertEquals(200, own.statusCode(), own.body());
      assertEquals("Other", Json.MAPPER.readTree(own.body()).get("type").asText());
      assertEquals(200, get(base, "/reports/" + NOW).statusCode());
      // The newsletter has no paragraph u2 (its one paragraph is u1): not the letter's u2 either.
      assertEquals(404, get(base, "/api/paragraphs/" + TYPED_OTHER + "/u2").statusCode());
    });
  }

  /** A file re-read after its content changed its report's date: the id it had leads to the id it has now. */
  @Test
  void aFileWhoseNewContentChangesItsIdKeepsTheOldOneLeadingToIt() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("reports"));
    Path index = tmp.resolve("index");
    Files.writeString(folder.resolve("letter.txt"), letter("12 March 2020"));
    assertEquals(0, Main.execute("index", "--index", index.toString(), folder.toString()));
    Files.writeString(folder.resolve("letter.txt"), letter("19 March 2020"));
    served(folder, index, base -> {
      String dated = "havering-monitoring-visit-2020-03-19";
      assertEquals(200, get(base, "/reports/" + dated).statusCode());
      movedTo(base, "/reports/" + NOW, 301, "/reports/" + dated);
      // and the id it had as a letter typed "Other" before either
      movedTo(base, "/api/reports/havering-other-2020-03-19", 301, "/api/reports/" + dated);
      HttpResponse<String> list = get(base, "/api/reports");
      assertTrue(list.body().contains(dated) && !list.body().contains("\"id\":\"" + NOW + "\""), list.body());
    });
  }
}
