package findings.search;

import findings.index.Analyzers;
import findings.index.Fields;
import findings.index.Vocabulary;
import findings.model.RecentlyUsed;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/** "Did you mean": words of the query that no paragraph contains, corrected by Lucene's DirectSpellChecker. */
final class SpellingSuggester {
  /** Plain words outside quotes and field names; operators and syntax are left as typed. */
  private static final Pattern WORD = Pattern.compile("(?<![\\w:*?~\\\\])(\\p{L}{3,})(?![\\w:*?~])");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

  /**
   * Words one edit away are sought first, and two edits away only when there is none. Lucene's checker seeks both
   * each time unless it finds five words one edit away, and ranks those one edit away first anyway; building the
   * larger automaton of two edits was most of its time. For 2,879 random misspellings of the 10,000-paragraph
   * benchmark corpus's words, the same suggestion every time, in 0.60 ms a word against 1.03 (0.10 against 0.97 for
   * one-edit misspellings of children's services words; BENCHMARKS.md, "Spelling round (session 40)").
   */
  private final DirectSpellChecker oneEdit = new DirectSpellChecker();
  private final DirectSpellChecker twoEdits = new DirectSpellChecker();
  private final Set<String> thesaurusWords = new HashSet<>();

  SpellingSuggester() {
    oneEdit.setMaxEdits(1);
    for (String term : Vocabulary.get().terms()) {
      for (String w : term.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) thesaurusWords.add(w);
    }
  }

  /**
   * The query with misspelt words replaced, or null when every word is known. {@code corrections} remembers, for this
   * reader, each word looked up and its correction (empty: none).
   */
  String didYouMean(String query, IndexReader reader, RecentlyUsed<String, Optional<String>> corrections)
      throws IOException {
    if (query == null || query.isBlank()) return null;
    Matcher m = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String word = m.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      String replacement = word;
      if (!OPERATORS.contains(lower) && !thesaurusWords.contains(lower)
          && reader.docFreq(new Term(Fields.SPELL, lower)) == 0 && !AuthorityNameWords.WORDS.contains(lower)) {
        Optional<String> correction = corrections.get(lower);
        if (correction == null) {
          correction = stemIndexed(lower, reader) ? Optional.empty() : correction(lower, reader);
          corrections.put(lower, correction);
        }
        if (correction.isPresent()) {
          replacement = Character.isUpperCase(word.charAt(0)) ? capitalised(correction.get()) : correction.get();
          changed = true;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return changed ? out.toString() : null;
  }

  /**
   * The words of authorities' names ("Kent", "Hamlets"): a researcher names an authority whose reports are not
   * indexed, or whose name no paragraph writes, and is then no misspeller ("Kent" had been offered as "kept"). Read on
   * the first word the reports do not hold, not at start.
   */
  private static final class AuthorityNameWords {
    static final Set<String> WORDS = Authorities.GAZETTEER.nameWords();
  }

  /** A correction as the word it replaces was typed, with a capital ("Westminister" → "Westminster"). */
  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * Whether the text holds {@code lower} as the index analyses it, though no report writes it so: "fosterings" is
   * "foster" there, and finds what "fostering" finds. Such a word is no misspelling, and suggesting another spelling
   * beside the paragraphs it found (or an American spelling's British one, which it found too) would only mislead.
   */
  private static boolean stemIndexed(String lower, IndexReader reader) throws IOException {
    List<BytesRef> terms = Analyzers.textTerms(lower);
    for (BytesRef term : terms) if (reader.docFreq(new Term(Fields.TEXT, term)) == 0) return false;
    return !terms.isEmpty();
  }

  /** The word the reports hold that is nearest to {@code lower}, one edit away or else two; empty when there is none. */
  private Optional<String> correction(String lower, IndexReader reader) throws IOException {
    Term written = new Term(Fields.SPELL, lower);
    SuggestWord[] best = oneEdit.suggestSimilar(written, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (best.length == 0) best = twoEdits.suggestSimilar(written, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length > 0 ? Optional.of(best[0].string) : Optional.empty();
  }
}
