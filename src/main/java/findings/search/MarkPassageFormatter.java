package findings.search;

import findings.model.Html;
import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text in which only {@code <mark>} is markup. Lucene's default
 * formatter also escapes "/" as {@code &#x2F;}, which is valid but makes snippets unreadable as plain text.
 */
final class MarkPassageFormatter extends PassageFormatter {
  private static final String ELLIPSIS = " … ";
  private static final int MARKS_LENGTH = "<mark></mark>".length();

  @Override
  public String format(Passage[] passages, String content) {
    Snippet out = new Snippet(passages);
    Html.Ranges text = new Html.Ranges(content);
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos || (pos == 0 && passage.getStartOffset() > 0)) {
        if (!out.isEmpty() || passage.getStartOffset() > 0) out.append(ELLIPSIS);
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
        text.escape(pos, start, out);
        out.append("<mark>");
        text.escape(start, end, out);
        out.append("</mark>");
        pos = end;
      }
      text.escape(pos, Math.max(pos, passage.getEndOffset()), out);
      pos = passage.getEndOffset();
    }
    if (pos < content.length() && passages.length > 0) out.append(ELLIPSIS);
    return out.stripped();
  }

  /**
   * The snippet's chars, copied in by {@link String#getChars}, which copies a range of any string many chars at a
   * time. A {@link StringBuilder} copies a range one char at a time whenever the range's string and the builder differ
   * in width (a paragraph with a curly quote anywhere in it is stored 16 bits a char, most are 8). The snippet string
   * is narrowed again when it can be.
   */
  private static final class Snippet implements Html.Sink {
    private char[] chars;
    private int length;

    /** Sized for the passages, their marks and a few escaped characters, so that it seldom grows. */
    Snippet(Passage[] passages) {
      int size = 2 * ELLIPSIS.length();
      for (Passage p : passages) {
        size += p.getEndOffset() - p.getStartOffset() + p.getNumMatches() * MARKS_LENGTH + ELLIPSIS.length();
      }
      chars = new char[size + size / 8];
    }

    @Override
    public void append(String s, int from, int to) {
      int n = to - from;
      if (length + n > chars.length) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
      s.getChars(from, to, chars, length);
      length += n;
    }

    void append(String s) {
      append(s, 0, s.length());
    }

    boolean isEmpty() {
      return length == 0;
    }

    /**
     * The snippet without white space at either end, as {@link String#strip} gives it, made in one copy: stripping
     * the string made a second copy of every snippet, a twentieth of what the server allocated under load.
     */
    String stripped() {
      int from = 0;
      int to = length;
      while (from < to && Character.isWhitespace(chars[from])) from++;
      while (to > from && Character.isWhitespace(chars[to - 1])) to--;
      return new String(chars, from, to - from);
    }
  }
}
