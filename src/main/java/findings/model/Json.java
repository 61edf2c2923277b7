package findings.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.OutputStream;

/** The one Jackson configuration: the API, the CLI's --json and the stored fields all write JSON the same way. */
public final class Json {
  /**
   * Jackson lends each reader and writer its buffers from a pool. Its default pool keeps them per thread, and the
   * server answers every request on a new virtual thread, so every answer allocated its buffers afresh: a pool
   * shared by all threads, bounded, lends them again.
   */
  public static final ObjectMapper MAPPER = new ObjectMapper(
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.sharedBoundedPool())
          // A character outside the Basic Multilingual Plane (an emoji, some mathematical letters) written as UTF-8, as
          // a JSON string holds any other: Jackson writing bytes would otherwise escape its two halves as two escape
          // sequences, where writing text does not, and the same hit would read differently in a page and in --json.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
      .registerModule(new SimpleModule().addDeserializer(Hit.class, new StoredHitReader())
          .setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                JsonSerializer<?> serializer) {
              // A hit seen again is written from its JSON of before (HitWriter); Jackson's own writer makes that JSON.
              return description.getBeanClass() == Hit.class
                  ? new HitWriter((JsonSerializer<Object>) serializer) : serializer;
            }
          }))
      // Jackson reads each record component through reflection; its Blackbird module calls the accessors through
      // generated lambdas instead. Reflective calls were about 5% of serve's time under load (BENCHMARKS.md, "Server
      // round (session 33)").
      .registerModule(new BlackbirdModule());

  /** Writes to a stream it leaves open, so that the server's response is closed by the server. */
  private static final ObjectWriter STREAM_WRITER = MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * JSON as UTF-8 bytes, for a stored field: written straight to bytes, a paragraph's JSON is not first made a
   * string (of two bytes a character wherever the text has a dash or a curly quote) and then encoded again.
   */
  public static byte[] utf8(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * JSON written as UTF-8 to a stream, left open: an answer of the server is written through its response, with no
   * copy of the whole in memory first.
   */
  public static void write(OutputStream out, Object value) throws IOException {
    STREAM_WRITER.writeValue(out, value);
  }

  /** Reads JSON from UTF-8 bytes, as {@link #utf8} wrote them. */
  public static <T> T read(byte[] utf8, int offset, int length, Class<T> type) {
    try {
      return MAPPER.readValue(utf8, offset, length, type);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
    }
  }
}
