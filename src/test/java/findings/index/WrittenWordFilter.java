package findings.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Notes each token's term, as it is at this point of the chain, in its {@link WrittenWordAttribute}: for the reference
 * chain of {@code WordPartsFilterTest}, which the index analyser's {@link WordFormFilter} must match.
 */
final class WrittenWordFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final WrittenWordAttribute written = addAttribute(WrittenWordAttribute.class);

  WrittenWordFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    written.set(term.buffer(), term.length());
    return true;
  }
}
