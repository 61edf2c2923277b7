package findings.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking at the few characters around a position: a sentence ends after
 * a full stop, question or exclamation mark (and any closing quotes or brackets after it) followed by white space,
 * unless the next word starts in lower case ("e.g. the"). The boundary is where the next sentence starts, after the
 * white space, where the JDK's sentence iterator places it in prose.
 *
 * <p>The highlighter asks only for the boundaries around each marked word ({@link #preceding}, {@link #following});
 * the JDK's rule-based iterator answers those by running its state tables back and forth over the text, a fifth of
 * a full search at 10,000 paragraphs (0.58 ms a full search with it, 0.39 with this). In the seeds' prose the
 * boundaries are the JDK's but where the JDK is wrong: it starts no sentence at a figure ("foster carers. 10 were
 * placed") and starts one after a URL's question mark. In lists and tables, where the JDK put a boundary before a
 * full stop followed by a line break ("'Adequate'|.\n- The"), a snippet no longer opens with a lone full stop.
 */
final class SentenceBreaks extends BreakIterator {
  private String text = "";
  private int current;

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int next(int n) {
    int at = current;
    for (; n > 0 && at != DONE; n--) at = after(at);
    for (; n < 0 && at != DONE; n++) at = before(at);
    return at == DONE ? DONE : (current = at);
  }

  @Override
  public int next() {
    return move(after(current));
  }

  @Override
  public int previous() {
    return move(before(current));
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int at = after(offset);
    current = at == DONE ? text.length() : at;
    return at;
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int at = before(offset);
    current = at == DONE ? 0 : at;
    return at;
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    current = offset;
    return isBreak(offset);
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator it) {
    StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
    setText(b.toString());
  }

  @Override
  public SentenceBreaks clone() {
    return (SentenceBreaks) super.clone();
  }

  private int move(int at) {
    if (at != DONE) current = at;
    return at;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) throw new IllegalArgumentException("offset out of bounds: " + offset);
  }

  /** The first boundary after {@code offset}, or DONE at the end. */
  private int after(int offset) {
    if (offset >= text.length()) return DONE;
    for (int i = offset + 1; i < text.length(); i++) if (isBreak(i)) return i;
    return text.length();
  }

  /** The last boundary before {@code offset}, or DONE at the start. */
  private int before(int offset) {
    if (offset <= 0) return DONE;
    for (int i = offset - 1; i > 0; i--) if (isBreak(i)) return i;
    return 0;
  }

  private boolean isBreak(int i) {
    if (i == 0 || i == text.length()) return true;
    if (!Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i))) return false;
    int j = i - 1;
    while (j > 0 && Character.isWhitespace(text.charAt(j))) j--;
    while (j > 0 && isCloser(text.charAt(j))) j--;
    char end = text.charAt(j);
    if (end == '?' || end == '!') return true;
    return end == '.' && !startsLowerCase(i);
  }

  private boolean startsLowerCase(int i) {
    while (i < text.length() && isOpener(text.charAt(i))) i++;
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u2019' || c == '\u201d';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u2018' || c == '\u201c';
  }
}
