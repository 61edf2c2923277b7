package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser's hand-written line checks answer as the patterns they stand in for, over the seeds and random lines. */
class LineChecksTest {
  private static final Pattern FUNCTION_WORD_END =
      Pattern.compile("\\s(?:of|and|the|to|for|in|with|a|an|or|by|on|at|from|that|which|is|are|as)$");
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\p{L})- (\\p{Ll})");

  private static List<String> lines() throws Exception {
    List<String> lines = new ArrayList<>(List.of("", "of", " of", "lessons of", "Lessons Of", "the\u00a0of", "x\tand", "a- b",
        "a- B", "- b", "x -b", "é- ü", "𝒜- 𝒶", "1- b", "well- being", "Ofsted's role as", "as", "tail  "));
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        lines.addAll(List.of(Files.readString(seed, StandardCharsets.UTF_8).split("\n")));
      }
    }
    String[] pieces = {"a", "of", "the", " ", "\t", "-", "- ", "B", "é", "𝒶", "as", "is", ".", "\u00a0", "1"};
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) b.append(pieces[random.nextInt(pieces.length)]);
      lines.add(b.toString());
    }
    return lines;
  }

  @Test
  void functionWordEndingAsThePattern() throws Exception {
    for (String line : lines()) assertEquals(FUNCTION_WORD_END.matcher(line).find(), LineClassifier.endsWithFunctionWord(line), line);
  }

  @Test
  void brokenHyphenLookNeverMissesWhatThePatternFinds() throws Exception {
    for (String line : lines()) if (BROKEN_HYPHEN.matcher(line).find()) assertTrue(LineClassifier.hasBrokenHyphen(line), line);
  }

  @Test
  void lettersAsThePattern() throws Exception {
    for (String line : lines()) assertEquals(line.replaceAll("[^\\p{L}]", ""), LineClassifier.lettersOf(line), line);
  }

  @Test
  void superscriptsByRangeAreTheListedOnes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(LineClassifier.SUPERSCRIPTS.indexOf(c) >= 0, LineClassifier.isSuperscript(c), Integer.toHexString(c));
    }
  }
}
