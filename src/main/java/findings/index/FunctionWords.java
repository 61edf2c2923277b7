package findings.index;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
  /** The words as the file writes them: a stem is not always one ("was" is "wa", "this" "thi"). */
  private final Set<String> written;

  private FunctionWords() {
    CommonWords.analyseInto(analysed, "function-words.txt");
    written = Vocabulary.entries("function-words.txt").stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  public static FunctionWords get() {
    return Holder.INSTANCE;
  }

  /** Whether an analysed word (a stem, as the index holds it) is a function word. */
  public boolean contains(CharSequence analysedWord) {
    return analysed.contains(analysedWord);
  }

  /** Whether a word as the user typed it ("Was", "the") is a function word. */
  public boolean isTyped(String word) {
    return written.contains(word.toLowerCase(Locale.ROOT));
  }
}
