package findings.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authorities' names and the other forms reports write them in ({@code authorities.tsv}, the gazetteer's file), to
 * find one that a user typed among a query's words ("Havering fostering", "City of London care leavers"): the
 * paragraphs of that authority's reports are what such a query asks for, whether or not a paragraph names it.
 */
public final class AuthorityNames {
  private static final class Holder {
    static final AuthorityNames INSTANCE = new AuthorityNames();
  }

  /**
   * Names that are also ordinary words ("reading age", "slough"): alone they name the authority only when typed with
   * their capital ("Reading"); their longer forms ("Reading Borough Council") in any case.
   */
  private static final Set<String> ORDINARY_WORDS = Set.of("reading", "bury", "slough", "harrow");

  /** A form's words in lower case, and the authority's name as the index holds it. */
  private record Form(List<String> words, String authority) {}

  /** The forms by their first word, longest first. */
  private final Map<String, List<Form>> byFirstWord = new HashMap<>();

  private AuthorityNames() {
    for (String line : Vocabulary.entries("authorities.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length < 2 || columns[0].equals("code")) continue;
      String name = columns[1].strip();
      List<String> forms = new ArrayList<>(List.of(name));
      if (columns.length > 2) forms.addAll(List.of(columns[2].split("\\|")));
      for (String form : forms) {
        List<String> words = words(form);
        if (words.isEmpty()) continue;
        byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Form(words, name));
      }
    }
    for (List<Form> forms : byFirstWord.values()) forms.sort(Comparator.comparingInt((Form f) -> f.words().size()).reversed());
  }

  public static AuthorityNames get() {
    return Holder.INSTANCE;
  }

  /**
   * An authority named in text typed as plain words: the first, longest form whose words stand there in a row, in any
   * case ("Havering", "city of london"), a possessive allowed on its last ("Havering's"); a name that is an ordinary
   * word only with its capital ({@link #ORDINARY_WORDS}).
   *
   * @return the authority and where its name stands among the text's words (first word, and one past its last)
   */
  public Optional<Named> in(String typed) {
    String[] typedWords = typed.strip().split("\\s+");
    for (int start = 0; start < typedWords.length; start++) {
      List<Form> forms = byFirstWord.get(bare(typedWords[start]));
      if (forms == null) continue;
      for (Form form : forms) {
        if (standsAt(form, typedWords, start)) return Optional.of(new Named(form.authority(), start, start + form.words().size()));
      }
    }
    return Optional.empty();
  }

  /** An authority's name as the index holds it, and the words of the typed text that named it. */
  public record Named(String authority, int fromWord, int toWord) {}

  private static boolean standsAt(Form form, String[] typed, int start) {
    if (start + form.words().size() > typed.length) return false;
    for (int i = 0; i < form.words().size(); i++) {
      String word = typed[start + i];
      String bare = bare(word);
      if (!bare.equals(form.words().get(i))) return false;
      if (i + 1 < form.words().size() && !bare.equals(word.toLowerCase(Locale.ROOT))) return false; // a possessive ends a name
      boolean ordinary = form.words().size() == 1 && ORDINARY_WORDS.contains(bare);
      if (ordinary && !Character.isUpperCase(word.codePointAt(0))) return false;
    }
    return true;
  }

  /** A word in lower case without a possessive ("Havering's" → "havering"). */
  private static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
    return w;
  }

  private static List<String> words(String form) {
    String f = form.strip();
    return f.isEmpty() ? List.of() : List.of(f.toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
