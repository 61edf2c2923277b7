package findings.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text in which only {@code <mark>} is markup. Lucene's default
 * formatter also escapes "/" as {@code &#x2F;}, which is valid but makes snippets unreadable as plain text.
 */
final class MarkPassageFormatter extends PassageFormatter {
  private static final String ELLIPSIS = " … ";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos || (pos == 0 && passage.getStartOffset() > 0)) {
        if (out.length() > 0 || passage.getStartOffset() > 0) out.append(ELLIPSIS);
      }
      pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < pos) continue; // overlapping matches: the first one marked wins
        SearchService.escape(content.substring(pos, start), out);
        out.append("<mark>");
        SearchService.escape(content.substring(start, end), out);
        out.append("</mark>");
        pos = end;
      }
      SearchService.escape(content.substring(pos, Math.max(pos, passage.getEndOffset())), out);
      pos = passage.getEndOffset();
    }
    if (pos < content.length() && passages.length > 0) out.append(ELLIPSIS);
    return out.toString().strip();
  }
}
