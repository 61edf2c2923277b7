package findings.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a title or heading printed in capitals keeps the capitals of when it is set in sentence case
 * ({@code proper-names.txt}): a board's, an inspectorate's, an act's, a month's.
 */
final class ProperNames {
  /** Declared before the names are read: {@link #key} uses it. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /** Each name as the list spells it, by its {@link #key}, as the gazetteer keeps its forms. */
  private static final Map<String, String> BY_KEY = new HashMap<>();
  /**
   * All the names as one case-blind pattern of whole words, the longest first, so that a name holding another
   * ("Local Safeguarding Children Board", "Safeguarding Children Board") is matched whole.
   */
  private static final Pattern ANY;

  static {
    List<String> names = new ArrayList<>(load());
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String name : names) {
      BY_KEY.putIfAbsent(key(name), name);
      if (!alternatives.isEmpty()) alternatives.append('|');
      alternatives.append(Pattern.quote(name).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"));
    }
    ANY = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + (names.isEmpty() ? "(?!)" : alternatives) + ")(?![\\p{L}\\p{N}])");
  }

  private static final String MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
  /** A month beside a day or a year ("14 october 2016", "may 2017"); alone it may be a word ("what may follow"). */
  private static final Pattern MONTH =
      Pattern.compile("(?i)(?<=\\d(?:st|nd|rd|th)?\\s{1,3})" + MONTHS + "\\b|\\b" + MONTHS + "(?=\\s{1,3}\\d)");

  private ProperNames() {}

  /**
   * {@code text} with each name in it capitalised as the list spells it, and each month beside a day or a year; its
   * apostrophes and spaces as they were.
   */
  static String restore(String text) {
    Matcher month = MONTH.matcher(text);
    if (month.find()) {
      text = month.replaceAll(r -> Character.toUpperCase(r.group().charAt(0)) + r.group().substring(1).toLowerCase(Locale.ROOT));
    }
    Matcher m = ANY.matcher(text);
    if (!m.find()) return text;
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start()).append(capitalisedAs(m.group(), BY_KEY.getOrDefault(key(m.group()), m.group())));
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  /** A name compared without case, apostrophes' kind or spacing. */
  private static String key(String s) {
    return WHITE_SPACE.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
  }


  /** {@code found}'s characters with the case of {@code name}'s, word by word (its spacing may differ). */
  private static String capitalisedAs(String found, String name) {
    String[] foundWords = found.split("(?<=\\s)(?=\\S)");
    String[] nameWords = name.split(" ");
    if (foundWords.length != nameWords.length) return found;
    StringBuilder out = new StringBuilder(found.length());
    for (int w = 0; w < foundWords.length; w++) {
      String word = foundWords[w];
      String spelt = nameWords[w];
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        out.append(i < spelt.length() && Character.isUpperCase(spelt.charAt(i)) ? Character.toUpperCase(c)
            : i < spelt.length() && Character.isLowerCase(spelt.charAt(i)) ? Character.toLowerCase(c) : c);
      }
    }
    return out.toString();
  }

  private static List<String> load() {
    InputStream in = ProperNames.class.getResourceAsStream("/findings/proper-names.txt");
    if (in == null) throw new IllegalStateException("proper-names.txt missing from the classpath");
    List<String> names = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(names);
  }
}
