package findings.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Splits each word at its inner punctuation as the index needs it, emitting exactly what Lucene's
 * {@code WordDelimiterGraphFilter} (word and number parts, English possessive stripped, word parts also catenated)
 * followed by {@code FlattenGraphFilter} gave: "co-ordinated" → coordinated (spanning two positions), co, ordinated;
 * "children's" → children; "2017/18" → 2017, 18; every token keeps the whole word's offsets.
 *
 * <p>Why not those two filters: they capture and restore the state of every attribute for every token, and the
 * flattening buffered every token in a rolling window — half of all analysis time at indexing, for the one word in
 * fifty that has inner punctuation. Here a word of plain ASCII letters and digits passes straight through, and only
 * the others are split, by the same rules (WordDelimiterIterator's character types, its possessive test, its
 * catenation of neighbouring word parts). {@code WordPartsFilterTest} checks the output against the two filters
 * over the seed reports and random words.
 */
final class WordPartsFilter extends TokenFilter {
  private static final int LOWER = 0x01;
  private static final int UPPER = 0x02;
  private static final int DIGIT = 0x04;
  private static final int DELIMITER = 0x08;
  private static final int ALPHA = LOWER | UPPER;

  /** The character types of WordDelimiterIterator's default table below 256, by the same tests. */
  private static final byte[] LATIN1_TYPES = new byte[256];

  static {
    for (int c = 0; c < 256; c++) {
      int type = Character.isLowerCase(c) ? LOWER : Character.isUpperCase(c) ? UPPER : Character.isDigit(c) ? DIGIT : 0;
      LATIN1_TYPES[c] = (byte) (type == 0 ? DELIMITER : type);
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

  /** The word being split and its parts, as ranges of {@link #word}. */
  private char[] word = new char[64];
  private int[] partStart = new int[8];
  private int[] partEnd = new int[8];
  private int[] partType = new int[8];
  private int parts;

  /**
   * Which catenation each part belongs to (or -1), which catenation starts at each part (or -1), and the last part
   * each catenation spans.
   */
  private int[] memberOf = new int[8];
  private int[] catenationAt = new int[8];
  private int[] catenationEnd = new int[4];
  private int catenations;

  /** Tokens still to emit for the current word: a part, or the catenation that starts at it (when not -1). */
  private int[] queueCatenation = new int[16];
  private int[] queuePart = new int[16];
  private int queued;
  private int next;
  private int start;
  private int end;
  private int firstIncrement;
  /**
   * Whether words with no parts at all (only delimiters, such as "²") came since the last token: after WDGF and the
   * flattening, any number of them leave one position's gap before the next token (and none at the end).
   */
  private int skipped;

  WordPartsFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < queued) {
      emit();
      return true;
    }
    while (input.incrementToken()) {
      int inc = increment.getPositionIncrement() + skipped;
      if (isPlain(term.buffer(), term.length())) {
        skipped = 0;
        increment.setPositionIncrement(inc);
        return true;
      }
      split(term.buffer(), term.length());
      if (parts == 0) {
        skipped = 1;
        continue;
      }
      skipped = 0;
      start = offset.startOffset();
      end = offset.endOffset();
      firstIncrement = inc;
      plan();
      emit();
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    queued = next = skipped = 0;
  }

  /** ASCII letters and digits only: one part, the word itself, as the delimiter filter leaves it. */
  private static boolean isPlain(char[] b, int n) {
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
    }
    return true;
  }

  private static int typeOf(char c) {
    if (c < 256) return LATIN1_TYPES[c];
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER -> UPPER;
      case Character.LOWERCASE_LETTER -> LOWER;
      case Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> ALPHA;
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> DIGIT;
      case Character.SURROGATE -> ALPHA | DIGIT;
      default -> DELIMITER;
    };
  }

  /**
   * The word's parts: runs of non-delimiters. An English possessive ('s after a letter, before a delimiter or the
   * end) is skipped, as WordDelimiterIterator skips it. A part's type is its first character's.
   */
  private void split(char[] b, int n) {
    if (word.length < n) word = new char[Math.max(n, word.length * 2)];
    System.arraycopy(b, 0, word, 0, n);
    parts = 0;
    int limit = n;
    while (limit > 0 && typeOf(word[limit - 1]) == DELIMITER) limit--;
    int i = 0;
    while (true) {
      while (i < limit && typeOf(word[i]) == DELIMITER) i++;
      if (i >= limit) return;
      int from = i;
      while (i < limit && typeOf(word[i]) != DELIMITER) i++;
      addPart(from, i);
      if (i < limit - 1 && isPossessive(i + 2, limit)) i += 2;
    }
  }

  private boolean isPossessive(int pos, int limit) {
    return pos > 2 && word[pos - 2] == '\'' && (word[pos - 1] == 's' || word[pos - 1] == 'S')
        && (typeOf(word[pos - 3]) & ALPHA) != 0 && (pos == limit || typeOf(word[pos]) == DELIMITER);
  }

  private void addPart(int from, int to) {
    if (parts == partStart.length) {
      partStart = Arrays.copyOf(partStart, parts * 2);
      partEnd = Arrays.copyOf(partEnd, parts * 2);
      partType = Arrays.copyOf(partType, parts * 2);
    }
    int type = typeOf(word[from]);
    partStart[parts] = from;
    partEnd[parts] = to;
    partType[parts] = (type == LOWER || type == UPPER) ? ALPHA : type;
    parts++;
  }

  /**
   * The tokens of the split word in flattened order. As WDGF catenates: word parts join the open catenation while
   * they share a type bit with its first part (a part of no shared bit closes it first; a number part is never
   * added, but closes it only when it shares no bit either), and a catenation of two or more parts is emitted, first
   * at its first part's position and spanning to its last part's; every part is emitted too.
   */
  private void plan() {
    if (memberOf.length < parts) memberOf = new int[Math.max(parts, memberOf.length * 2)];
    if (catenationAt.length < parts) catenationAt = new int[Math.max(parts, catenationAt.length * 2)];
    Arrays.fill(memberOf, 0, parts, -1);
    Arrays.fill(catenationAt, 0, parts, -1);
    catenations = 0;
    int open = -1;
    int openType = 0;
    int openCount = 0;
    for (int k = 0; k < parts; k++) {
      int type = partType[k];
      if (openCount > 0 && (openType & type) == 0) {
        close(open, openCount, k - 1);
        openCount = 0;
      }
      if ((type & ALPHA) != 0) {
        if (openCount == 0) {
          open = k;
          openType = type;
        }
        memberOf[k] = catenations;
        openCount++;
      }
    }
    if (openCount > 0) close(open, openCount, parts - 1);
    queued = next = 0;
    for (int k = 0; k < parts; k++) {
      if (catenationAt[k] >= 0) enqueue(catenationAt[k], k);
      enqueue(-1, k);
    }
  }

  /**
   * Ends the open catenation that starts at part {@code first}; it spans to part {@code last}, the last part seen
   * while it was open. One of a single part is not a catenation.
   */
  private void close(int first, int count, int last) {
    if (count > 1) {
      if (catenationEnd.length <= catenations) catenationEnd = Arrays.copyOf(catenationEnd, catenations * 2 + 2);
      catenationEnd[catenations] = last;
      catenationAt[first] = catenations;
      catenations++;
    } else {
      memberOf[first] = -1;
    }
  }

  private void enqueue(int catenation, int part) {
    if (queued == queueCatenation.length) {
      queueCatenation = Arrays.copyOf(queueCatenation, queued * 2);
      queuePart = Arrays.copyOf(queuePart, queued * 2);
    }
    queueCatenation[queued] = catenation;
    queuePart[queued] = part;
    queued++;
  }

  private void emit() {
    int catenation = queueCatenation[next];
    int part = queuePart[next];
    // Positions: the word's first token moves on as the word would; a catenation's first part stacks on it.
    int inc = next == 0 ? firstIncrement : queueCatenation[next - 1] >= 0 ? 0 : 1;
    next++;
    int last = catenation < 0 ? part : catenationEnd[catenation];
    if (catenation < 0) {
      term.copyBuffer(word, partStart[part], partEnd[part] - partStart[part]);
    } else {
      int total = 0;
      for (int k = part; k <= last; k++) if (memberOf[k] == catenation) total += partEnd[k] - partStart[k];
      char[] buffer = term.resizeBuffer(total);
      int at = 0;
      for (int k = part; k <= last; k++) if (memberOf[k] == catenation) {
        System.arraycopy(word, partStart[k], buffer, at, partEnd[k] - partStart[k]);
        at += partEnd[k] - partStart[k];
      }
      term.setLength(total);
    }
    offset.setOffset(start, end);
    increment.setPositionIncrement(inc);
    length.setPositionLength(last - part + 1);
  }
}
