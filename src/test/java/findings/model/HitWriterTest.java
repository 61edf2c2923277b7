package findings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A hit written from its JSON of before reads exactly as Jackson's own writing of it. */
class HitWriterTest {
  /** Jackson with nothing of ours: what every hit must come out as. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static final String[] AWKWARD = {"", "plain", "a \"quoted\" word", "back\\slash", "tab\there", "line\nbreak",
      "control \u0001\u001f", "dash – and curly ’quote’", "surrogates \uD83D\uDE00", "<mark>x</mark> & y", "slash / ok",
      "\u2028\u2029", ",\"snippet\":null,", "é\u00a0ü"};

  private static Hit hit(Random random, int n) {
    String text = AWKWARD[random.nextInt(AWKWARD.length)] + " text " + n;
    return new Hit("report-" + n + "/" + n, String.valueOf(n),
        new ReportRef("report-" + n, AWKWARD[random.nextInt(AWKWARD.length)], "Camden", "Joint area review", "2008-01-02", 2008),
        AWKWARD[random.nextInt(AWKWARD.length)], List.of("Section", AWKWARD[random.nextInt(AWKWARD.length)]),
        random.nextBoolean() ? "Good" : null, "finding", random.nextBoolean() ? "Help and protection" : null,
        random.nextBoolean() ? n : null, text, List.of(AWKWARD[random.nextInt(AWKWARD.length)]), null,
        "citation ’" + n, "/reports/report-" + n + "#p" + n);
  }

  private static String snippet(Random random) {
    return random.nextInt(8) == 0 ? null : "<mark>" + AWKWARD[random.nextInt(AWKWARD.length)] + "</mark> …";
  }

  @Test
  void hitsSeenAgainReadAsJacksonWritesThem() throws Exception {
    Random random = new Random(36);
    List<Hit> kept = new ArrayList<>();
    for (int n = 0; n < 200; n++) kept.add(hit(random, n));
    for (int round = 0; round < 5; round++) {
      // A page: some kept hits, each a copy with a snippet of its own, in a list inside a map, as a search page is.
      List<Hit> page = new ArrayList<>();
      for (int i = 0; i < 20; i++) page.add(kept.get(random.nextInt(kept.size())).withSnippet(snippet(random)));
      Map<String, Object> body = Map.of("hits", page, "total", 20);
      assertEquals(PLAIN.writeValueAsString(body), Json.write(body), "round " + round);
      assertEquals(PLAIN.writeValueAsString(page.get(0)), new String(Json.utf8(page.get(0)), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void aHitReadAgainAfterAChangeIsWrittenAfresh() throws Exception {
    Random random = new Random(7);
    Hit before = hit(random, 1);
    Json.write(before.withSnippet("a"));
    Json.write(before.withSnippet("b")); // seen again: its JSON of before is made and kept
    Hit changed = new Hit(before.id(), before.number(), before.report(), before.section(), before.sectionPath(),
        before.grade(), before.kind(), before.theme(), before.page(), new String("corrected text"), before.footnotes(),
        null, before.citation(), before.url());
    for (int i = 0; i < 3; i++) {
      String json = Json.write(changed.withSnippet("c"));
      assertEquals(PLAIN.writeValueAsString(changed.withSnippet("c")), json);
      assertNotEquals(-1, json.indexOf("corrected text"));
    }
  }

  @Test
  void convertingAHitStillWorks() {
    Random random = new Random(3);
    Hit hit = hit(random, 2).withSnippet("s");
    for (int i = 0; i < 3; i++) Json.write(hit);
    assertEquals(PLAIN.convertValue(hit, Map.class), Json.MAPPER.convertValue(hit, Map.class));
  }
}
