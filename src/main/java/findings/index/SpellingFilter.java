package findings.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces American and variant spellings with the British ones English reports use ("organization" →
 * "organisation"), token by token, keeping positions and offsets, so that stemming then treats both alike.
 */
final class SpellingFilter extends TokenFilter {
  private final CharArrayMap<String> canonical;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingFilter(TokenStream in, CharArrayMap<String> canonical) {
    super(in);
    this.canonical = canonical;
  }

  /** The variant → British spelling map in the form the filter looks up without copying each token. */
  static CharArrayMap<String> lookup(Map<String, String> canonical) {
    CharArrayMap<String> map = new CharArrayMap<>(canonical.size(), false);
    map.putAll(canonical);
    return CharArrayMap.unmodifiableMap(map);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String replacement = canonical.get(term.buffer(), 0, term.length());
    if (replacement != null) term.setEmpty().append(replacement);
    return true;
  }
}
