package findings.model;

import java.text.Normalizer;
import java.util.Locale;

/** Readable url-safe slugs for report ids. */
public final class Slugs {
  private Slugs() {}

  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }
}
