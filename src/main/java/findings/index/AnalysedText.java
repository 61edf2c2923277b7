package findings.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A paragraph's text analysed once and indexed twice: as words ({@link Fields#TEXT}) and as pairs of neighbouring
 * words ({@link Fields#PAIRS}). Analysis is most of the cost of indexing; running the same chain again for the pairs
 * would double it.
 */
final class AnalysedText {
  /** Terms as characters: replaying copies them into the term attribute without decoding a string each time. */
  private record Token(char[] term, int start, int end, int increment, int length) {}

  private final List<Token> tokens = new ArrayList<>();
  private final List<Token> written = new ArrayList<>();
  private final int textLength;

  AnalysedText(Analyzer analyzer, String field, String text) {
    this.textLength = text.length();
    try (TokenStream in = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = in.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = in.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = in.addAttribute(PositionLengthAttribute.class);
      WrittenWordAttribute word = in.hasAttribute(WrittenWordAttribute.class) ? in.getAttribute(WrittenWordAttribute.class) : null;
      in.reset();
      while (in.incrementToken()) {
        tokens.add(new Token(java.util.Arrays.copyOf(term.buffer(), term.length()), offset.startOffset(), offset.endOffset(),
            increment.getPositionIncrement(), length.getPositionLength()));
        if (word != null) written.add(new Token(word.word().toCharArray(), offset.startOffset(), offset.endOffset(), 1, 1));
      }
      in.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does no I/O
    }
  }

  /** The words as analysed, with their offsets and positions (joined hyphenated words stacked over their parts). */
  TokenStream words() {
    return new Replay(tokens, textLength);
  }

  /**
   * The words, with a {@link Concepts} term stacked on the first word of every thesaurus phrase they hold (offsets
   * spanning the phrase), for {@link Fields#TEXT}. The phrases are found over the same sequence of single words as
   * {@link #pairs()} uses, the sequence an exact phrase query compares.
   */
  TokenStream wordsWithConcepts(Concepts concepts) {
    List<char[]> words = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).length() != 1) continue;
      words.add(tokens.get(i).term());
      at.add(i);
    }
    List<Concepts.Occurrence> found = concepts.find(words);
    if (found.isEmpty()) return words();
    List<List<Token>> after = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), null));
    for (Concepts.Occurrence o : found) {
      int first = at.get(o.first());
      Token concept = new Token(o.term().toCharArray(), tokens.get(first).start(), tokens.get(at.get(o.last())).end(), 0, 1);
      if (after.get(first) == null) after.set(first, new ArrayList<>(2));
      after.get(first).add(concept);
    }
    List<Token> out = new ArrayList<>(tokens.size() + found.size());
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.get(i));
      if (after.get(i) != null) out.addAll(after.get(i));
    }
    return new Replay(out, textLength);
  }

  /**
   * The words as written, lower-cased, before spelling variants and stems (for {@link Fields#SPELL}): empty unless
   * the analyser notes them ({@link WrittenWordFilter}).
   */
  TokenStream writtenWords() {
    return new Replay(written, textLength);
  }

  /**
   * Each two neighbouring words as one term ({@link Analyzers#pair}). The joined form of a hyphenated word spans its
   * parts (position length above one) and is left out, so that "well-being of" gives "well being", "being of", as
   * the same words typed as a phrase would.
   */
  TokenStream pairs() {
    List<Token> pairs = new ArrayList<>();
    Token previous = null;
    for (Token t : tokens) {
      if (t.length() != 1) continue;
      if (previous != null) pairs.add(new Token(Analyzers.pair(previous.term(), t.term()), previous.start(), t.end(), 1, 1));
      previous = t;
    }
    return new Replay(pairs, textLength);
  }

  private static final class Replay extends TokenStream {
    private final List<Token> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final int textLength;
    private int next;

    Replay(List<Token> tokens, int textLength) {
      this.tokens = tokens;
      this.textLength = textLength;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.size()) return false;
      clearAttributes();
      Token t = tokens.get(next++);
      term.copyBuffer(t.term(), 0, t.term().length);
      offset.setOffset(t.start(), t.end());
      increment.setPositionIncrement(t.increment());
      length.setPositionLength(t.length());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(textLength, textLength);
    }
  }
}
