package findings.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Writes a {@link Hit} as Jackson writes it ({@code delegate}), but a hit seen again is written from its JSON of the
 * time before, all but its snippet: a paragraph on a result page is read once and kept by the searcher
 * ({@code SearchService.pageHit}), and each page it appears on is a copy of it with that page's snippet. Under load
 * at 10,000 paragraphs, the pages' JSON was 28.6% of the server's samples, most of it Jackson escaping and encoding the
 * same texts, reports and citations again; written from their JSON of before, a page's JSON took 19.8 µs instead of
 * 31.5, and the server answered 2% more requests a second (BENCHMARKS.md, "Server round (session 36)").
 *
 * <p>Which JSON is "of before": the one made from a hit whose every part but the snippet is the very same object
 * as this one's. Two hits read from the index separately never share their text (each read makes its own strings),
 * so a paragraph read again after the index changed is written afresh, never from what was written for an older copy.
 * A hit seen once is only noted: report pages, permalinks and exports read each paragraph afresh and would gain
 * nothing, and pay for making the JSON twice.
 */
final class HitWriter extends JsonSerializer<Hit> implements ResolvableSerializer, ContextualSerializer {
  /** Where the snippet stands in a hit's JSON with none: between its footnotes and its citation (record order). */
  private static final String NO_SNIPPET = ",\"snippet\":null";
  /** Hits noted, by id; as many as a searcher keeps paragraphs of recent pages. */
  private static final int KEPT = 4096;

  /** The snippet's field name, encoded once. */
  private static final SerializedString SNIPPET = new SerializedString("snippet");

  /**
   * A hit noted, and once seen again its JSON without the snippet and without its braces, in two parts: the fields
   * before the snippet (with the comma after them) and those after it (with the comma before them). {@link
   * SerializedString} encodes its text to UTF-8 once and writes those bytes afterwards.
   */
  private record Seen(Hit hit, SerializedString beforeSnippet, SerializedString afterSnippet) {}

  private final JsonSerializer<Object> delegate;
  /** Shared with the writers Jackson makes of this one for a context ({@link #createContextual}). */
  private final RecentlyUsed<String, Seen> seen;

  HitWriter(JsonSerializer<Object> delegate) {
    this(delegate, new RecentlyUsed<>(KEPT));
  }

  private HitWriter(JsonSerializer<Object> delegate, RecentlyUsed<String, Seen> seen) {
    this.delegate = delegate;
    this.seen = seen;
  }

  /** Jackson completes its own writer here (the writers of a hit's parts); this one only stands in front of it. */
  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer resolvable) resolvable.resolve(provider);
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
    if (!(delegate instanceof ContextualSerializer contextual)) return this;
    JsonSerializer<?> inContext = contextual.createContextual(provider, property);
    return inContext == delegate ? this : new HitWriter((JsonSerializer<Object>) inContext, seen);
  }

  @Override
  public void serialize(Hit hit, JsonGenerator gen, SerializerProvider provider) throws IOException {
    // Only a generator that writes JSON text as it goes, without indentation, can be handed raw JSON. A TokenBuffer
    // (Jackson's convertValue) cannot, nor can a pretty printer's output be matched.
    // A hit without a snippet is a paragraph's stored form, written once as it is indexed: not noted.
    Seen known = gen instanceof JsonGeneratorImpl && gen.getPrettyPrinter() == null && hit.id() != null
        && hit.snippet() != null ? seen(hit) : null;
    if (known == null || known.beforeSnippet() == null) {
      delegate.serialize(hit, gen, provider);
      return;
    }
    // The object and the snippet go through the generator, which writes the comma before the hit, and escapes and
    // encodes the snippet straight into its buffer (escaping it apart into a new array and encoding that was a
    // twentieth of the server's samples under load); the fields around it are written as they were made.
    gen.writeStartObject(hit);
    gen.writeRaw(known.beforeSnippet());
    gen.writeFieldName(SNIPPET);
    gen.writeString(hit.snippet());
    gen.writeRaw(known.afterSnippet());
    gen.writeEndObject();
  }

  /**
   * What was noted of this hit: its JSON without the snippet where it was seen before (made now if this is the second
   * time), or just the note where this is the first time or its parts are other objects than the noted hit's.
   */
  private Seen seen(Hit hit) throws IOException {
    Seen known = seen.get(hit.id());
    if (known == null || !sameButSnippet(known.hit(), hit)) {
      seen.put(hit.id(), new Seen(hit, null, null));
      return null;
    }
    if (known.beforeSnippet() != null) return known;
    Seen made = withJson(hit);
    seen.put(hit.id(), made);
    return made;
  }

  /** The hit's JSON without a snippet, as Jackson writes it, cut where the snippet's field stands, braces left out. */
  private Seen withJson(Hit hit) throws IOException {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      delegate.serialize(hit.withSnippet(null), g, Json.MAPPER.getSerializerProviderInstance());
    }
    String json = out.toString();
    int at = json.indexOf(NO_SNIPPET);
    // Inside a JSON string every quote is escaped, so this sequence stands only where the field does.
    if (at < 1 || json.indexOf(NO_SNIPPET, at + 1) >= 0 || json.charAt(0) != '{' || !json.endsWith("}")) {
      throw new IllegalStateException("a hit's JSON without its snippet is not as expected: " + json);
    }
    return new Seen(hit, new SerializedString(json.substring(1, at + 1)),
        new SerializedString(json.substring(at + NO_SNIPPET.length(), json.length() - 1)));
  }

  /** Whether every part of the two hits but the snippet is the same object. */
  private static boolean sameButSnippet(Hit a, Hit b) {
    return a.id() == b.id() && a.number() == b.number() && a.report() == b.report() && a.section() == b.section()
        && a.sectionPath() == b.sectionPath() && a.grade() == b.grade() && a.kind() == b.kind() && a.theme() == b.theme()
        && Objects.equals(a.page(), b.page()) && a.text() == b.text() && a.footnotes() == b.footnotes()
        && a.citation() == b.citation() && a.url() == b.url();
  }
}
