package findings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Grade words read as reports print them, and the hand-written normalisation answers as the patterns it replaced. */
class GradeTest {
  private static String byPatterns(String s) {
    return s.replaceAll("[^A-Za-z ]", " ").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void gradeWordsAsPrinted() {
    assertEquals(Optional.of(Grade.GOOD), Grade.parse("'Good'"));
    assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), Grade.parse(" Requires\u00a0 Improvement. "));
    assertEquals(Optional.of(Grade.REQUIRES_IMPROVEMENT), Grade.parse("Requires improvement to be good"));
    assertEquals(Optional.of(Grade.OUTSTANDING), Grade.parse("OUTSTANDING\t"));
    assertEquals(Optional.empty(), Grade.parse("Goodness"));
    assertEquals(Optional.empty(), Grade.parse("Go od"));
    assertEquals(Optional.empty(), Grade.parse(null));
  }

  @Test
  void lettersOnlyAsThePatterns() {
    List<String> words = new ArrayList<>(List.of("", " ", "Good", " 'Good' ", "a\tb", "É good", "İnadequate", "K\u212a",
        "requires  improvement", "x\u00a0y", "ß", "--", "1 2 3", "a1b"));
    String[] pieces = {"a", "Z", "good", " ", "  ", "\t", "\n", "\u00a0", "'", "é", "ſ", "K", "\u212a", "İ", "1", "-", "𝒶"};
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) b.append(pieces[random.nextInt(pieces.length)]);
      words.add(b.toString());
    }
    for (String w : words) assertEquals(byPatterns(w), Grade.lettersOnly(w), w);
  }
}
