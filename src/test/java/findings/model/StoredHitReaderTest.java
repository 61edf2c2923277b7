package findings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hit reads back as Jackson wrote it: every field of both records, set or null, and names it does not know. */
class StoredHitReaderTest {
  private static final ReportRef REPORT =
      new ReportRef("havering-joint-area-review-2007-02-06", "Joint area review: Havering", "Havering",
          "joint-area-review", "2007-02-06", 2007);

  private static Hit full() {
    return new Hit("havering-joint-area-review-2007-02-06/75", "75", REPORT, "Staying safe",
        List.of("Outcomes", "Staying safe"), "Good", "prose", "asylum", 21,
        "Young people seeking asylum are \"well\" supported\u2026 \u00e9\n\ttabs", List.of("1 See annex.", "2 Ibid."),
        "<mark>young people</mark>", "Ofsted (2007), para 75.", "/p/havering-joint-area-review-2007-02-06/75");
  }

  @Test
  void everyFieldReadsBackAsWritten() {
    Hit hit = full();
    assertEquals(hit, Json.read(Json.write(hit), Hit.class));
    // as the index stores it: UTF-8 bytes, read from the middle of a larger buffer
    byte[] utf8 = Json.utf8(hit);
    byte[] buffer = new byte[utf8.length + 7];
    System.arraycopy(utf8, 0, buffer, 3, utf8.length);
    assertEquals(hit, Json.read(buffer, 3, utf8.length, Hit.class));
    assertEquals(Json.write(hit), new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    // the test must name every component, or a new one would read back as null unnoticed
    for (RecordComponent c : Hit.class.getRecordComponents()) {
      assertEquals(true, Json.write(hit).contains("\"" + c.getName() + "\":"), c.getName());
    }
    assertEquals(6, ReportRef.class.getRecordComponents().length, "a ReportRef component without a line in StoredHitReader");
    assertEquals(14, Hit.class.getRecordComponents().length, "a Hit component without a line in StoredHitReader");
  }

  @Test
  void nullsEmptiesAndUnknownNamesReadAsJacksonWouldHave() {
    Hit empty = new Hit("a/1", null, null, null, null, null, null, null, null, "text", List.of(), null, null, null);
    assertEquals(empty, Json.read(Json.write(empty), Hit.class));
    Hit noYear = full();
    noYear = new Hit(noYear.id(), noYear.number(), new ReportRef("r", null, null, null, null, null), noYear.section(),
        noYear.sectionPath(), noYear.grade(), noYear.kind(), noYear.theme(), noYear.page(), noYear.text(),
        noYear.footnotes(), noYear.snippet(), noYear.citation(), noYear.url());
    assertEquals(noYear, Json.read(Json.write(noYear), Hit.class));
    Hit read = Json.read("{\"id\":\"a/2\",\"later\":{\"x\":[1,{\"y\":2}]},\"text\":\"t\",\"report\":{\"id\":\"r\",\"extra\":[3]},\"page\":4}", Hit.class);
    assertEquals(new Hit("a/2", null, new ReportRef("r", null, null, null, null, null), null, null, null, null, null, 4,
        "t", null, null, null, null), read);
  }

  @Test
  void hitsInsideOtherValuesReadTheSame() throws Exception {
    List<Hit> hits = List.of(full(), full());
    String json = Json.write(hits);
    List<Hit> read = Json.MAPPER.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<List<Hit>>() {});
    assertEquals(hits, read);
  }

  @Test
  void somethingElseIsRefusedWithWhereItWas() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Json.read("[1, 2]", Hit.class));
    assertEquals("stored JSON is not a Hit", e.getMessage());
  }
}
