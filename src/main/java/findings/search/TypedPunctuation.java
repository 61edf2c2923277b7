package findings.search;

import java.util.Arrays;

/**
 * A query with its punctuation read as users mean it when they type or paste it, where Lucene's syntax would read it
 * otherwise.
 *
 * <p>Typographic double quotes (“…”, „…“), which Word and the reports themselves write and which come along when a
 * phrase is copied from them, quote a phrase as '"' does: Lucene's syntax knows only '"', so “private fostering” was the
 * two words anywhere. Only where they pair up: a lone one is left as typed (the analyser drops it), not made into an
 * unclosed quote.
 *
 * <p>And punctuation that is part of the words is escaped where the syntax would read it as an operator, so that the
 * parser takes it as written, as it does in quotes:
 *
 * <ul>
 *   <li>A slash ("2016/17", "parents/carers", "and/or", "SEN/D"): the syntax reads it as the start of a regular
 *       expression ({@code /…/}), so "2016/17" was refused as ending too early — and these reports write years,
 *       roles and choices with slashes. A token written as a regular expression (a slash where a word starts, closed
 *       by a later one) is left as typed, for the parser to refuse by name ({@link FindingsQueryParser#getRegexpQuery}).
 *   <li>A colon that cannot be naming a field: one followed by a space ("Safeguarding: outcomes", a heading pasted),
 *       one after a name with a digit in it ("10:30"), or one before "//" (an address). The syntax reads every colon
 *       as {@code field:value}, so these were refused as naming an unknown field. A colon after one of the fields a
 *       user can name is left ("authority: Westminster" filters), and so is one that looks like a field name mistyped
 *       ("authorty:Westminster"), for the parser to name the fields there are.
 *   <li>An exclamation mark that ends a word ("Listen to me!"): the syntax reads it as NOT, wanting a word after it.
 *       Before a word ("!respite") it is still NOT.
 *   <li>A question mark that ends a word ("Are care leavers in suitable accommodation?", a question typed as a
 *       researcher asks it): the syntax reads it as a wildcard for one more letter, so "accommodation?" found only
 *       "accommodations", and the paragraphs saying "accommodation" were missed. Within a word ("wom?n") it is
 *       still a wildcard. So is one standing alone ("accommodation ?"), which the syntax refused.
 *   <li>A hyphen or an exclamation mark standing alone ("care - leavers", a dash typed as one, or one at the end): the
 *       syntax reads it as NOT and refused one with no word after it. Before a word ("-respite") it is still NOT.
 * </ul>
 *
 * <p>All that stands in quotes is left as typed: the parser already takes it as written.
 *
 * @param typed the text as the user typed it
 * @param text the text to parse: the same characters, but for its typographic quotes, and with escapes added
 * @param insertedAt where in {@code text} each escape added stands (0-based, ascending)
 */
record TypedPunctuation(String typed, String text, int[] insertedAt) {
  static TypedPunctuation of(String typed) {
    String quotes = asciiQuotes(typed);
    if (quotes.indexOf('/') < 0 && quotes.indexOf(':') < 0 && quotes.indexOf('!') < 0 && quotes.indexOf('?') < 0
        && quotes.indexOf('-') < 0) {
      return new TypedPunctuation(typed, quotes, new int[0]);
    }
    StringBuilder text = new StringBuilder(typed.length() + 8);
    int[] inserted = new int[typed.length()];
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < quotes.length(); i++) {
      char c = quotes.charAt(i);
      if (c == '\\' && i + 1 < quotes.length()) {
        text.append(c).append(quotes.charAt(++i)); // already escaped: the escape and what it escapes, as typed
        continue;
      }
      if (c == '"') quoted = !quoted;
      int regexEnd = !quoted && c == '/' && startsTerm(text) ? closingSlash(quotes, i) : -1;
      if (regexEnd >= 0) {
        text.append(quotes, i, regexEnd + 1); // a regular expression: the parser names it
        i = regexEnd;
      } else if (!quoted && (c == '/' || c == ':' && !namesField(quotes, i) || (c == '!' || c == '?') && endsWord(quotes, i) || (c == '?' || c == '-' || c == '!') && standsAlone(quotes, i))) {
        inserted[count++] = text.length();
        text.append('\\').append(c);
      } else {
        text.append(c);
      }
    }
    return new TypedPunctuation(typed, text.toString(), Arrays.copyOf(inserted, count));
  }

  /** Typographic double quotes, where they pair up, as '"'; one character for one, so columns stay as typed. */
  private static String asciiQuotes(String typed) {
    int curly = 0;
    for (int i = 0; i < typed.length(); i++) if (TYPOGRAPHIC_QUOTES.indexOf(typed.charAt(i)) >= 0) curly++;
    if (curly == 0 || curly % 2 != 0) return typed;
    char[] chars = typed.toCharArray();
    for (int i = 0; i < chars.length; i++) if (TYPOGRAPHIC_QUOTES.indexOf(chars[i]) >= 0) chars[i] = '"';
    return new String(chars);
  }

  /** “ ” „ ‟ and the double angle quotes: what word processors put for '"' in English and in the languages beside it. */
  private static final String TYPOGRAPHIC_QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB";

  /** Whether the character at {@code i} closes a word ("care!", "care?"): after a word's character, before a space or the end. */
  private static boolean endsWord(String s, int i) {
    return i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
  }

  /** Whether the character at {@code i} stands between spaces, or at an end ("accommodation ?"). */
  private static boolean standsAlone(String s, int i) {
    return (i == 0 || Character.isWhitespace(s.charAt(i - 1))) && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
  }

  /** Characters after which the parser starts a new term (an operator, a field's colon, a space). */
  private static final String TERM_STARTS_AFTER = "(:+-!";

  /** Whether what follows {@code parsed} so far starts a term: nothing before it, or a space or an unescaped operator. */
  private static boolean startsTerm(CharSequence parsed) {
    int n = parsed.length();
    if (n == 0) return true;
    char before = parsed.charAt(n - 1);
    boolean escaped = n >= 2 && parsed.charAt(n - 2) == '\\';
    return Character.isWhitespace(before) || !escaped && TERM_STARTS_AFTER.indexOf(before) >= 0;
  }

  /** The unescaped slash that closes a regular expression opened at {@code open}, or -1. */
  private static int closingSlash(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') i++;
      else if (c == '/') return i;
    }
    return -1;
  }

  /** Characters a field's name cannot hold, so that its name starts after them: grouping, quotes and operators. */
  private static final String NAME_STARTS_AFTER = "()\"+-!";

  /**
   * Whether the colon at {@code colon} is to be read as {@code field:value}: after a field a user can name, or where it
   * could be one mistyped (a name of letters, the value straight after it).
   */
  private static boolean namesField(String s, int colon) {
    int start = colon;
    while (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && NAME_STARTS_AFTER.indexOf(s.charAt(start - 1)) < 0) start--;
    String name = s.substring(start, colon);
    if (FindingsQueryParser.USER_FIELDS.contains(name)) return true;
    if (name.isEmpty() || name.chars().anyMatch(ch -> !Character.isLetter(ch))) return false;
    boolean valueFollows = colon + 1 < s.length() && !Character.isWhitespace(s.charAt(colon + 1));
    return valueFollows && !s.startsWith("//", colon + 1);
  }

  /** Whether a range's '[' or '{' stands before {@code character} (1-based) of the typed text, outside quotes. */
  boolean rangeOpensBefore(int character) {
    boolean quoted = false;
    for (int i = 0; i < Math.min(character - 1, typed.length()); i++) {
      char c = typed.charAt(i);
      if (c == '\\') i++;
      else if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '[' || c == '{')) return true;
    }
    return false;
  }

  /** The character (1-based) of the typed text that stands at character {@code parsed} (1-based) of {@link #text}. */
  int typedCharacter(int parsed) {
    int before = 0;
    while (before < insertedAt.length && insertedAt[before] < parsed - 1) before++;
    return parsed - before;
  }
}
