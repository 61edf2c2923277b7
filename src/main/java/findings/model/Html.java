package findings.model;

/** HTML escaping for text that reports and users supply: nothing they write ever becomes markup. */
public final class Html {
  private static final char[] SPECIAL = {'<', '>', '&', '"', '\''};
  private static final String[] ENTITY = {"&lt;", "&gt;", "&amp;", "&quot;", "&#39;"};

  private Html() {}

  /**
   * {@code s} escaped; {@code s} itself when it holds nothing to escape. Each special character is found by
   * {@link String#indexOf(int, int)}, which the JDK runs many characters at a time, and the text between them is
   * appended a run at a time: testing every character against the five was a sixth of a top-20 search at 10,000
   * paragraphs (a page of twenty plain snippets is 5,600 characters).
   */
  public static String escape(String s) {
    if (s == null) return "";
    Ranges text = new Ranges(s);
    if (!text.holdsAny()) return s;
    StringBuilder b = new StringBuilder(s.length() + 16);
    text.escape(0, s.length(), b::append);
    return b.toString();
  }

  /** Where escaped text goes, a range of a string at a time: a builder, or a snippet's own buffer. */
  public interface Sink {
    void append(String s, int from, int to);
  }

  /**
   * Escapes ranges of one string, front to back, finding each special character of the string once. A snippet is a
   * paragraph escaped in many short ranges, between and inside its marks; looking for the five special characters
   * afresh in every range was most of the snippets' escaping in a full search at 10,000 paragraphs, where a paragraph
   * seldom holds any of them.
   */
  public static final class Ranges {
    private final String s;
    /** Where each special character first stands at or after {@link #done}, or -1 when it stands nowhere after. */
    private int[] next;
    /** Where the last range ended. */
    private int done;

    public Ranges(String s) {
      this.s = s;
      this.next = firstOfEach(s, 0);
    }

    /** Whether the string holds any character to escape: asked before any range is escaped. */
    boolean holdsAny() {
      return nearest(next) >= 0;
    }

    /** Appends the chars from {@code from} to {@code to} escaped; a range before the last one's end starts afresh. */
    public void escape(int from, int to, Sink out) {
      if (from < done) {
        next = firstOfEach(s, from);
      } else {
        for (int k = 0; k < next.length; k++) if (next[k] >= 0 && next[k] < from) next[k] = s.indexOf(SPECIAL[k], from);
      }
      done = to;
      for (int k = nearest(next); k >= 0 && next[k] < to; k = nearest(next)) {
        int i = next[k];
        out.append(s, from, i);
        out.append(ENTITY[k], 0, ENTITY[k].length());
        from = i + 1;
        next[k] = s.indexOf(SPECIAL[k], from);
      }
      out.append(s, from, to);
    }
  }

  private static int[] firstOfEach(String s, int from) {
    int[] next = new int[SPECIAL.length];
    for (int k = 0; k < SPECIAL.length; k++) next[k] = s.indexOf(SPECIAL[k], from);
    return next;
  }

  /** Which special character comes first in what is left, or -1 when none does. */
  private static int nearest(int[] next) {
    int best = -1;
    for (int k = 0; k < next.length; k++) if (next[k] >= 0 && (best < 0 || next[k] < next[best])) best = k;
    return best;
  }
}
