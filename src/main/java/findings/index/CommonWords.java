package findings.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The common words ({@code common-words.txt}), as analysed words: a pair of neighbouring words is indexed in
 * {@link Fields#PAIRS} only where both are common, and an exact phrase is matched from its pairs only where all its
 * words are common. Why, and where the list comes from, is in the file.
 */
public final class CommonWords {
  private static final class Holder {
    static final CommonWords INSTANCE = new CommonWords();
  }

  private final CharArraySet analysed = new CharArraySet(256, false);

  private CommonWords() {
    analyseInto(analysed, "common-words.txt");
  }

  /** Each word of a resource file's list, analysed as the index analyses text (a stem, as the index holds it), into {@code set}. */
  static void analyseInto(CharArraySet set, String resource) {
    Analyzer analyzer = Analyzers.indexText();
    for (String word : Vocabulary.entries(resource)) {
      try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, word.strip())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
        ts.reset();
        while (ts.incrementToken()) if (length.getPositionLength() == 1) set.add(term.toString());
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysing a string in memory does no I/O
      }
    }
  }

  public static CommonWords get() {
    return Holder.INSTANCE;
  }

  /** Whether an analysed word (a stem, as the index holds it) is common. */
  public boolean contains(CharSequence analysedWord) {
    return analysed.contains(analysedWord);
  }

  boolean contains(char[] chars, int from, int length) {
    return analysed.contains(chars, from, length);
  }
}
