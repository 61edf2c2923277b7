package findings.model;

/** HTML escaping for text that reports and users supply: nothing they write ever becomes markup. */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) return "";
    if (firstSpecial(s, 0) == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(s, b);
    return b.toString();
  }

  /**
   * Appends {@code s} escaped. The text between special characters is appended a run at a time, not a character at a
   * time: every result page escapes twenty paragraphs, and appending them character by character was a tenth of a
   * top-20 search.
   */
  public static void escape(String s, StringBuilder b) {
    int from = 0;
    for (int i = firstSpecial(s, 0); i < s.length(); i = firstSpecial(s, from)) {
      b.append(s, from, i).append(entity(s.charAt(i)));
      from = i + 1;
    }
    b.append(s, from, s.length());
  }

  private static int firstSpecial(String s, int from) {
    for (int i = from; i < s.length(); i++) if (entity(s.charAt(i)) != null) return i;
    return s.length();
  }

  private static String entity(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
