package findings.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces American and variant spellings with the British ones English reports use ("organization" →
 * "organisation"), token by token, keeping positions and offsets, so that stemming then treats both alike.
 */
final class SpellingFilter extends TokenFilter {
  private final Map<String, String> canonical;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingFilter(TokenStream in, Map<String, String> canonical) {
    super(in);
    this.canonical = canonical;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String replacement = canonical.get(term.toString());
    if (replacement != null) term.setEmpty().append(replacement);
    return true;
  }
}
