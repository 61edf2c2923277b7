package findings.model;

import java.util.Optional;

/** An inspection judgement, on the scale the contract publishes (joint area review scores map onto it). */
public enum Grade {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  ADEQUATE("Adequate"),
  REQUIRES_IMPROVEMENT("Requires improvement"),
  INADEQUATE("Inadequate");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Joint area reviews score 4 = outstanding, 3 = good, 2 = adequate, 1 = inadequate. */
  public static Optional<Grade> fromJointAreaReviewScore(int score) {
    return switch (score) {
      case 4 -> Optional.of(OUTSTANDING);
      case 3 -> Optional.of(GOOD);
      case 2 -> Optional.of(ADEQUATE);
      case 1 -> Optional.of(INADEQUATE);
      default -> Optional.empty();
    };
  }

  /** Reads a grade word as reports print it ("outstanding", "'Good'", "Requires Improvement"). */
  public static Optional<Grade> parse(String word) {
    if (word == null) return Optional.empty();
    String w = lettersOnly(word);
    for (Grade g : values()) {
      if (g.label.equalsIgnoreCase(w)) return Optional.of(g); // labels and w are ASCII
    }
    if (w.equals("requires improvement to be good")) return Optional.of(REQUIRES_IMPROVEMENT);
    return Optional.empty();
  }

  /**
   * The ASCII letters of {@code s}, lower-cased, each run of anything else one space, none at either end: what
   * {@code s.replaceAll("[^A-Za-z ]", " ").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)} gives, without
   * compiling two patterns on every call (the parser asks this of every cell and grade word it meets).
   */
  static String lettersOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        if (gap && !out.isEmpty()) out.append(' ');
        gap = false;
        out.append((char) (c | 0x20));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
