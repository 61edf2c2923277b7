package findings.index;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The function words ({@code function-words.txt}), as analysed words: in a query of plain words they are neither
 * required nor marked. Why, and where they still count, is in the file.
 */
public final class FunctionWords {
  private static final class Holder {
    static final FunctionWords INSTANCE = new FunctionWords();
  }

  private final CharArraySet analysed = new CharArraySet(64, false);

  private FunctionWords() {
    CommonWords.analyseInto(analysed, "function-words.txt");
  }

  public static FunctionWords get() {
    return Holder.INSTANCE;
  }

  /** Whether an analysed word (a stem, as the index holds it) is a function word. */
  public boolean contains(CharSequence analysedWord) {
    return analysed.contains(analysedWord);
  }
}
