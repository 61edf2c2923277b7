package findings.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * A paragraph's text analysed once and indexed several times: as words ({@link Fields#TEXT}, with concept terms),
 * as pairs of neighbouring common words ({@link Fields#PAIRS}), and its words as written counted for its report
 * ({@link Fields#SPELL}, {@link ReportWords}).
 * Analysis is most of the cost of indexing; running the same chain again for each field would multiply it.
 *
 * <p>The tokens are kept packed — every term's characters in one array, positions and offsets in arrays of ints —
 * rather than as an object and a character array per token: a million paragraphs hold a hundred million tokens.
 */
final class AnalysedText {
  /** A sequence of tokens, packed. */
  static final class Tokens {
    char[] chars;
    private int used;
    int count;
    int[] termStart;
    int[] termLength;
    int[] start;
    int[] end;
    int[] increment;
    int[] length;
    /**
     * Each token's word ({@link WordFormFilter}), or null where no form was given (concept terms, other analysers); of
     * a pair, its first word.
     */
    WordForm[] form;
    /** Of a pair whose words both have forms, its second word; else null. */
    WordForm[] second;

    Tokens(int capacity, int charCapacity) {
      chars = new char[Math.max(16, charCapacity)];
      termStart = new int[Math.max(4, capacity)];
      termLength = new int[termStart.length];
      start = new int[termStart.length];
      end = new int[termStart.length];
      increment = new int[termStart.length];
      length = new int[termStart.length];
      form = new WordForm[termStart.length];
      second = new WordForm[termStart.length];
    }

    /** Appends a token whose term is {@code termChars} characters of {@code source} from {@code from}. */
    void add(char[] source, int from, int termChars, int startOffset, int endOffset, int inc, int len) {
      int at = reserve(termChars, startOffset, endOffset, inc, len);
      System.arraycopy(source, from, chars, at, termChars);
    }

    /**
     * No tokens yet, room for this one's and {@code moreTokens} more, and this one's characters followed by room for
     * {@code moreChars} more: its tokens can then be appended by {@link #addRun}.
     */
    Tokens withRoom(int moreTokens, int moreChars) {
      Tokens out = new Tokens(count + moreTokens, 0);
      out.chars = Arrays.copyOf(chars, used + moreChars);
      out.used = used;
      return out;
    }

    /**
     * Appends tokens {@code first} (inclusive) to {@code stop} (exclusive) of {@code from}, whose characters this one
     * holds at the same places ({@link #withRoom}).
     */
    void addRun(Tokens from, int first, int stop) {
      int n = stop - first;
      if (n <= 0) return;
      while (count + n > termStart.length) grow();
      System.arraycopy(from.termStart, first, termStart, count, n);
      System.arraycopy(from.termLength, first, termLength, count, n);
      System.arraycopy(from.start, first, start, count, n);
      System.arraycopy(from.end, first, end, count, n);
      System.arraycopy(from.increment, first, increment, count, n);
      System.arraycopy(from.length, first, length, count, n);
      System.arraycopy(from.form, first, form, count, n);
      System.arraycopy(from.second, first, second, count, n);
      count += n;
    }

    /**
     * Appends the pair of tokens {@code a} and {@code b} of {@code from} as one term ({@link Analyzers#pair}),
     * spanning both, {@code increment} positions after the token before it.
     */
    void addPair(Tokens from, int a, int b, int increment) {
      int aLength = from.termLength[a];
      int at = reserve(aLength + 1 + from.termLength[b], from.start[a], from.end[b], increment, 1);
      System.arraycopy(from.chars, from.termStart[a], chars, at, aLength);
      chars[at + aLength] = Analyzers.PAIR_SEPARATOR;
      System.arraycopy(from.chars, from.termStart[b], chars, at + aLength + 1, from.termLength[b]);
      if (from.form[a] != null && from.form[b] != null) {
        form[count - 1] = from.form[a];
        second[count - 1] = from.form[b];
      }
    }

    /** Room for one more token of {@code termChars} characters, its positions and offsets set; where its characters go. */
    private int reserve(int termChars, int startOffset, int endOffset, int inc, int len) {
      if (count == termStart.length) grow();
      if (used + termChars > chars.length) chars = Arrays.copyOf(chars, Math.max(used + termChars, chars.length * 2));
      int at = used;
      termStart[count] = at;
      termLength[count] = termChars;
      start[count] = startOffset;
      end[count] = endOffset;
      increment[count] = inc;
      length[count] = len;
      count++;
      used += termChars;
      return at;
    }

    private void grow() {
      int n = termStart.length * 2;
      termStart = Arrays.copyOf(termStart, n);
      termLength = Arrays.copyOf(termLength, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      increment = Arrays.copyOf(increment, n);
      length = Arrays.copyOf(length, n);
      form = Arrays.copyOf(form, n);
      second = Arrays.copyOf(second, n);
    }
  }

  private final Tokens tokens;
  /**
   * The indexes of the single words: every token but the joined forms of hyphenated words, which span their parts.
   * This is the sequence an exact phrase query compares, and the one {@link #pairs()} and the concepts are read from.
   */
  private final int[] singleWords;
  private final int textLength;

  AnalysedText(Analyzer analyzer, String field, String text) {
    this.textLength = text.length();
    // About one token per six characters of English prose; the arrays grow when a text has more.
    this.tokens = new Tokens(text.length() / 5 + 4, text.length() + 16);
    try (TokenStream in = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = in.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = in.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = in.addAttribute(PositionLengthAttribute.class);
      WordFormAttribute word =
          in.hasAttribute(WordFormAttribute.class) ? in.getAttribute(WordFormAttribute.class) : null;
      in.reset();
      while (in.incrementToken()) {
        tokens.add(term.buffer(), 0, term.length(), offset.startOffset(), offset.endOffset(),
            increment.getPositionIncrement(), length.getPositionLength());
        if (word != null) tokens.form[tokens.count - 1] = word.form();
      }
      in.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does no I/O
    }
    this.singleWords = singleWords(tokens);
  }

  /** The words as analysed, with their offsets and positions (joined hyphenated words stacked over their parts). */
  TokenStream words() {
    return new Replay(tokens, textLength);
  }

  private static int[] singleWords(Tokens tokens) {
    int[] at = new int[tokens.count];
    int n = 0;
    for (int i = 0; i < tokens.count; i++) if (tokens.length[i] == 1) at[n++] = i;
    return Arrays.copyOf(at, n);
  }

  /**
   * The words, with a {@link Concepts} term stacked on the first word of every thesaurus phrase they hold (offsets
   * spanning the phrase), for {@link Fields#TEXT}. The phrases are found over the same sequence of single words as
   * {@link #pairs()} uses, the sequence an exact phrase query compares.
   */
  TokenStream wordsWithConcepts(Concepts concepts) {
    int[] at = singleWords;
    List<Concepts.Occurrence> found = concepts.find(tokens, at);
    if (found.isEmpty()) return words();
    // Occurrences come in order of their first word; each concept goes right after the token it stacks on. The words
    // keep their characters (copied whole, the concepts' appended after them), so they are copied in runs between
    // the places a concept goes instead of token by token.
    Tokens out = tokens.withRoom(found.size(), found.size() * 4);
    int copied = 0;
    for (Concepts.Occurrence o : found) {
      int stackedOn = at[o.first()];
      out.addRun(tokens, copied, stackedOn + 1);
      copied = stackedOn + 1;
      char[] term = o.term().toCharArray();
      out.add(term, 0, term.length, tokens.start[stackedOn], tokens.end[at[o.last()]], 0, 1);
    }
    out.addRun(tokens, copied, tokens.count);
    return new Replay(out, textLength);
  }

  /**
   * A report's words as written, lower-cased, before spelling variants and stems, each once with the number of times
   * it stands in the report, for {@link Fields#SPELL} on the report's document: empty unless the analyser gives each
   * token its {@link WordForm} ({@link WordFormFilter}). Indexed once per report instead of once per paragraph, the
   * field takes a sixth of the tokens (12.9 million instead of 80.4 at a million generated paragraphs: a report's
   * paragraphs share most of their words); the spell checker asks only whether a word is in the index, and the
   * completions weigh a word by its count, which is each term's total frequency.
   */
  static final class ReportWords {
    /** Each word's place in {@link #words}. */
    private final CharArrayMap<Integer> placeOf = new CharArrayMap<>(1024, false);
    private final Tokens words = new Tokens(1024, 8192);
    /** How many times each of {@link #words} stands in the report, in the same order. */
    private int[] counts = new int[1024];

    /**
     * Counts the written words of one of the report's paragraphs. A word's place is looked up by its characters once
     * per {@link WordForm} and then remembered on the form; the look-up stays, for the forms that share a written word
     * ("The" and "the") and for a word whose form was made again after its filter forgot it.
     */
    void add(AnalysedText paragraph) {
      Tokens w = paragraph.tokens;
      for (int i = 0; i < w.count; i++) {
        WordForm form = w.form[i];
        if (form == null) continue;
        if (form.countedBy != this) {
          char[] written = form.written;
          Integer place = placeOf.get(written, 0, written.length);
          if (place == null) {
            place = words.count;
            placeOf.put(written, place);
            words.add(written, 0, written.length, 0, 0, 1, 1);
            if (place == counts.length) counts = Arrays.copyOf(counts, place * 2);
          }
          form.countedBy = this;
          form.countedAt = place;
        }
        counts[form.countedAt]++;
      }
    }

    /** Each word once, its count as its term frequency. */
    TokenStream stream() {
      return new Replay(words, 0, counts);
    }
  }

  /**
   * Each two neighbouring words as one term ({@link Analyzers#pair}) where both are {@link CommonWords common}, at
   * the position of its first word. The joined form of a hyphenated word spans its parts (position length above one)
   * and is left out, so that "well-being of" gives "well being", "being of", as the same words typed as a phrase
   * would.
   */
  TokenStream pairs() {
    int[] at = singleWords;
    CommonWords common = CommonWords.get();
    Tokens pairs = new Tokens(at.length, tokens.used * 2);
    int increment = 1;
    boolean firstCommon = at.length > 0 && isCommon(common, at[0]);
    for (int k = 1; k < at.length; k++) {
      boolean secondCommon = isCommon(common, at[k]);
      if (firstCommon && secondCommon) {
        pairs.addPair(tokens, at[k - 1], at[k], increment);
        increment = 1;
      } else {
        increment++; // a pair left out still takes its position, so that a phrase's pairs stay one after another
      }
      firstCommon = secondCommon;
    }
    return new Replay(pairs, textLength);
  }

  private boolean isCommon(CommonWords common, int i) {
    WordForm form = tokens.form[i];
    if (form != null) return form.common(common);
    return common.contains(tokens.chars, tokens.termStart[i], tokens.termLength[i]);
  }

  private static final class Replay extends TokenStream {
    private final Tokens tokens;
    /**
     * The term as the index takes it, UTF-8 bytes: a word's are made once, on its {@link WordForm}, and a pair's joined
     * from its words', where the index would otherwise encode the characters of every token (5% of ingest's profile).
     */
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRefBuilder encoded = new BytesRefBuilder();
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final int textLength;
    /** Each token's term frequency, or null where every token stands once (a field with positions). */
    private final int[] frequencies;
    private int next;

    Replay(Tokens tokens, int textLength) {
      this(tokens, textLength, null);
    }

    Replay(Tokens tokens, int textLength, int[] frequencies) {
      this.tokens = tokens;
      this.textLength = textLength;
      this.frequencies = frequencies;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    /**
     * Every attribute this stream has is set here for each token (the term, offsets, position increment and length,
     * the term frequency where it is given; the type stays at its default), so it skips {@link #clearAttributes()}
     * and its walk over the attribute states (3% of indexing's profile; one field of 50,000 paragraphs inverted
     * 0.59–0.74 CPU-s without it against 0.61–0.83 with it).
     */
    @Override
    public boolean incrementToken() {
      if (next >= tokens.count) return false;
      int i = next++;
      term.setBytesRef(bytes(i));
      offset.setOffset(tokens.start[i], tokens.end[i]);
      increment.setPositionIncrement(tokens.increment[i]);
      length.setPositionLength(tokens.length[i]);
      if (frequencies != null) frequency.setTermFrequency(frequencies[i]);
      return true;
    }

    /** Token {@code i}'s term in UTF-8. */
    private BytesRef bytes(int i) {
      WordForm word = tokens.form[i];
      WordForm second = tokens.second[i];
      if (second != null) {
        BytesRef a = word.termBytes();
        BytesRef b = second.termBytes();
        encoded.clear();
        encoded.append(a);
        encoded.append((byte) Analyzers.PAIR_SEPARATOR);
        encoded.append(b);
        return encoded.get();
      }
      if (word != null) return word.termBytes();
      encoded.copyChars(tokens.chars, tokens.termStart[i], tokens.termLength[i]);
      return encoded.get();
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(textLength, textLength);
    }
  }
}
