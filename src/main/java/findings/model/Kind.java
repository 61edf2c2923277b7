package findings.model;

import java.util.Locale;
import java.util.Optional;

/** What a paragraph does in its report, so that a researcher can ask for only recommendations, say. */
public enum Kind {
  FINDING,
  STRENGTH,
  WEAKNESS,
  RECOMMENDATION,
  JUDGEMENT,
  CONTEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> fromLabel(String label) {
    for (Kind k : values()) if (k.label().equalsIgnoreCase(label)) return Optional.of(k);
    return Optional.empty();
  }
}
