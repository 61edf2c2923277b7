package findings.index;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases each word, notes it as written, maps spelling variants to the British form and stems it — exactly
 * Lucene's LowerCaseFilter, then {@link SpellingFilter}, then PorterStemFilter — but does that work once per distinct
 * word and remembers the result ({@link WordForm}), which it hands on with every token of the word.
 *
 * <p>Why: indexing runs these steps on a hundred million tokens at a million paragraphs, and the words are few (tens
 * of thousands); the later look-ups of each token in the common words, the thesaurus and its report's word count are
 * answered once per word too ({@link WordForm}). Building and reading the documents of 300 reports on one thread
 * took median rounds of 2.5–2.8 s with the four filters and those look-ups, 1.9–2.1 s with this one; its own look-up
 * of a token in the remembered words is about 34 ns (BENCHMARKS.md, sessions 18 and 19). On a word not seen before
 * it runs Lucene's own stemmer. {@code WordPartsFilterTest} checks the index analyser's tokens against the chain of
 * Lucene filters it stands for.
 *
 * <p>The remembered words are this filter's, so this thread's: an analyser keeps a chain per thread. Past
 * {@code capacity} distinct words it forgets them all and starts again, so that a stream of one-off tokens (numbers,
 * names) cannot grow it without bound.
 */
final class WordFormFilter extends TokenFilter {
  /** About 15 MB of words at the most, for each thread that indexes. */
  static final int CAPACITY = 100_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final WordFormAttribute form = addAttribute(WordFormAttribute.class);
  private final CharArrayMap<String> spelling;
  private final int capacity;
  private CharArrayMap<WordForm> seen;
  /** A word not seen before, alone, through Lucene's stemmer. */
  private final Tokenizer unstemmed = new KeywordTokenizer();
  private final TokenStream stemmer = new PorterStemFilter(unstemmed);
  private final CharTermAttribute stemmed = stemmer.getAttribute(CharTermAttribute.class);

  WordFormFilter(TokenStream in, CharArrayMap<String> spelling) {
    this(in, spelling, CAPACITY);
  }

  WordFormFilter(TokenStream in, CharArrayMap<String> spelling, int capacity) {
    super(in);
    this.spelling = spelling;
    this.capacity = capacity;
    this.seen = newMemory();
  }

  /**
   * Small at first: an analyser made for one query or one paragraph (MoreLikeThis) sees a few dozen words, an indexing
   * thread's memory grows to its vocabulary.
   */
  private CharArrayMap<WordForm> newMemory() {
    return new CharArrayMap<>(Math.min(capacity, 256), false);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] buffer = term.buffer();
    int length = term.length();
    WordForm word = seen.get(buffer, 0, length);
    if (word == null) word = remember(Arrays.copyOf(buffer, length));
    term.copyBuffer(word.term, 0, word.term.length);
    form.set(word);
    return true;
  }

  private WordForm remember(char[] asInText) {
    char[] written = asInText.clone();
    CharacterUtils.toLowerCase(written, 0, written.length);
    String british = spelling.get(written, 0, written.length);
    WordForm word = new WordForm(stem(british != null ? british.toCharArray() : written), written);
    if (seen.size() >= capacity) seen = newMemory();
    seen.put(asInText, word);
    return word;
  }

  private char[] stem(char[] word) {
    try {
      unstemmed.setReader(new CharArrayReader(word));
      stemmer.reset();
      stemmer.incrementToken();
      char[] out = Arrays.copyOf(stemmed.buffer(), stemmed.length());
      stemmer.end();
      stemmer.close();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a word in memory: no I/O
    }
  }
}
