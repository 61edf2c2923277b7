package findings.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Hit} (and its {@link ReportRef}) field by field from Jackson's token stream, as Jackson writes them.
 *
 * <p>Why not Jackson's own record reading: every search reads its page's paragraphs from the hits stored as JSON,
 * and the first search after {@code serve} starts built Jackson's reader of the two records first — introspecting
 * them and generating the reflective constructor call — a tenth of a second of the first answer, on a cold JVM.
 * This reader has nothing to build. Names not listed are skipped, as Jackson is told to
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES} off); {@code StoredHitReaderTest} checks that whatever Jackson writes for a hit
 * reads back equal, so a field added to either record without a line here fails there.
 */
final class StoredHitReader extends JsonDeserializer<Hit> {
  @Override
  public Hit deserialize(JsonParser p, DeserializationContext context) throws IOException {
    expectObject(p, "a paragraph's hit");
    String id = null, number = null, section = null, grade = null, kind = null, theme = null, text = null;
    String snippet = null, citation = null, url = null;
    ReportRef report = null;
    List<String> sectionPath = null, footnotes = null;
    Integer page = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> id = p.getValueAsString();
        case "number" -> number = p.getValueAsString();
        case "report" -> report = value == JsonToken.VALUE_NULL ? null : report(p);
        case "section" -> section = p.getValueAsString();
        case "sectionPath" -> sectionPath = strings(p, value);
        case "grade" -> grade = p.getValueAsString();
        case "kind" -> kind = p.getValueAsString();
        case "theme" -> theme = p.getValueAsString();
        case "page" -> page = integer(p, value);
        case "text" -> text = p.getValueAsString();
        case "footnotes" -> footnotes = strings(p, value);
        case "snippet" -> snippet = p.getValueAsString();
        case "citation" -> citation = p.getValueAsString();
        case "url" -> url = p.getValueAsString();
        default -> p.skipChildren();
      }
    }
    return new Hit(id, number, report, section, sectionPath, grade, kind, theme, page, text, footnotes, snippet,
        citation, url);
  }

  private static ReportRef report(JsonParser p) throws IOException {
    expectObject(p, "a hit's report");
    String id = null, title = null, authority = null, type = null, published = null;
    Integer year = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      switch (name) {
        case "id" -> id = p.getValueAsString();
        case "title" -> title = p.getValueAsString();
        case "authority" -> authority = p.getValueAsString();
        case "type" -> type = p.getValueAsString();
        case "published" -> published = p.getValueAsString();
        case "year" -> year = integer(p, value);
        default -> p.skipChildren();
      }
    }
    return new ReportRef(id, title, authority, type, published, year);
  }

  private static Integer integer(JsonParser p, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_NULL ? null : p.getIntValue();
  }

  private static List<String> strings(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) return null;
    if (value != JsonToken.START_ARRAY) throw MismatchedInputException.from(p, List.class, "expected a list of strings");
    List<String> strings = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) strings.add(p.getValueAsString());
    return strings;
  }

  private static void expectObject(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw MismatchedInputException.from(p, Hit.class, "expected " + what + " as a JSON object");
    }
  }
}
