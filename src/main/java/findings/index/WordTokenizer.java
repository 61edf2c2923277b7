package findings.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words: letters and digits, possibly joined by single hyphens, apostrophes, slashes or full stops
 * ("co-ordinated", "children's", "2017/18"), exactly the tokens of the pattern
 * {@code [\p{L}\p{N}]+(?:[-'’/.][\p{L}\p{N}]+)*}. Brackets and trailing punctuation stay outside the word, so that
 * highlights mark "UASC", not "(UASC).".
 *
 * <p>Written by hand rather than as Lucene's PatternTokenizer over that pattern: the regular expression engine there
 * was 7% of all indexing time (JFR, 1M paragraphs), and this loop does the same in one pass over the characters.
 * Lucene's faster SimplePatternTokenizer cannot take the pattern: its RegExp syntax has no Unicode letter or number
 * classes.
 */
final class WordTokenizer extends Tokenizer {
  /**
   * The longest word kept, as Lucene's StandardTokenizer has it. A longer run of letters is no word anyone searches for
   * but an extraction's debris (an embedded image's base64, a table's cells run together), and past 32,766 bytes Lucene
   * refuses the whole document: such a run is left out, like the punctuation around words.
   */
  static final int MAX_WORD_LENGTH = 255;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private char[] text = new char[1024];
  private int length;
  private int position;

  @Override
  public boolean incrementToken() {
    clearAttributes();
    int start;
    int end;
    do {
      start = position;
      while (start < length && !isWordChar(start)) start += Character.charCount(Character.codePointAt(text, start, length));
      if (start >= length) {
        position = length;
        return false;
      }
      end = endOfRun(start);
      // A joiner continues the word only when a letter or digit follows it.
      while (end + 1 < length && isJoiner(text[end]) && isWordChar(end + 1)) end = endOfRun(end + 1);
      position = end;
    } while (end - start > MAX_WORD_LENGTH);
    term.copyBuffer(text, start, end - start);
    offset.setOffset(correctOffset(start), correctOffset(end));
    return true;
  }

  /** The index just past the run of letters and digits that starts at {@code from}. */
  private int endOfRun(int from) {
    int i = from;
    while (i < length && isWordChar(i)) i += Character.charCount(Character.codePointAt(text, i, length));
    return i;
  }

  private boolean isWordChar(int i) {
    int c = Character.codePointAt(text, i, length);
    if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    if (Character.isLetter(c)) return true;
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '/' || c == '.';
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    // Paragraphs are short: read the whole input, as the pattern tokenizer did, and scan it in memory.
    length = 0;
    position = 0;
    for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
      length += read;
      if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
    }
  }
}
