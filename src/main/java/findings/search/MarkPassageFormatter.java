package findings.search;

import findings.model.Html;
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
      int n = passage.getNumMatches();
      for (int i = 0; i < n; i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < pos) continue; // inside a mark already made
        // Matches that overlap make one mark over all of them: "youth offending" and "youth offending service" both
        // start at the same word, and the longer phrase is the one to show.
        for (int j = i + 1; j < n && passage.getMatchStarts()[j] < end; j++) end = Math.max(end, passage.getMatchEnds()[j]);
        Html.escape(content, pos, start, out);
        out.append("<mark>");
        Html.escape(content, start, end, out);
        out.append("</mark>");
        pos = end;
      }
      Html.escape(content, pos, Math.max(pos, passage.getEndOffset()), out);
      pos = passage.getEndOffset();
    }
    if (pos < content.length() && passages.length > 0) out.append(ELLIPSIS);
    return out.toString().strip();
  }
}
