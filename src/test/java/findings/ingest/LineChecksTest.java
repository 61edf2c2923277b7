package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The parser's hand-written checks answer as the patterns and copies they stand in for, over the seeds and random
 * lines.
 */
class LineChecksTest {
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n");
  private static final Pattern FUNCTION_WORD_END =
      Pattern.compile("\\s(?:of|and|the|to|for|in|with|a|an|or|by|on|at|from|that|which|is|are|as)$");
  private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\p{L})- (\\p{L})");

  private static List<String> lines() throws Exception {
    List<String> lines = new ArrayList<>(List.of("", "of", " of", "lessons of", "Lessons Of", "the\u00a0of", "x\tand", "a- b",
        "a- B", "- b", "x -b", "é- ü", "𝒜- 𝒶", "1- b", "well- being", "Ofsted's role as", "as", "tail  "));
    lines.addAll(seedsSplitAt("\n"));
    lines.addAll(random(new String[] {"a", "of", "the", " ", "\t", "-", "- ", "B", "é", "𝒶", "as", "is", ".", "\u00a0", "1"}, 7, 8));
    return lines;
  }

  /** The seed reports' text, cut at every {@code separator}. */
  private static List<String> seedsSplitAt(String separator) throws Exception {
    List<String> parts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        parts.addAll(List.of(Files.readString(seed, StandardCharsets.UTF_8).split(separator)));
      }
    }
    return parts;
  }

  /** 20,000 strings of up to {@code most} of the pieces, drawn at random from a fixed seed. */
  private static List<String> random(String[] pieces, long seed, int most) {
    List<String> strings = new ArrayList<>();
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(most); n >= 0; n--) b.append(pieces[random.nextInt(pieces.length)]);
      strings.add(b.toString());
    }
    return strings;
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

  /** Random texts of sentence ends, every kind of white space, grade words in any case, and letters that fold oddly. */
  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>(lines());
    texts.addAll(seedsSplitAt("\n\n"));
    texts.addAll(random(new String[] {"a", ".", "!", "?", " ", "  ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0", "Good",
        "GOOD", "gOoD", "adequate", "Inadequate", "OUTSTANDING", "requires improvement", "Requires  improvement",
        "requİres improvement", "no graded judgement", "No Graded Judgement", "goo", "\u212a", "\u0130", "é", "ß", "'",
        "’", "is", "x"}, 11, 12));
    return texts;
  }

  @Test
  void sentencesAsThePattern() throws Exception {
    for (String text : texts()) {
      List<String> sentences = new ArrayList<>();
      GradeResolver.sentences(text, (from, to) -> sentences.add(text.substring(from, to)));
      // String.split leaves out the empty strings at the end (all of them, where a break was found).
      if (sentences.size() > 1) while (!sentences.isEmpty() && sentences.getLast().isEmpty()) sentences.removeLast();
      assertEquals(List.of(SENTENCE_BREAK.split(text)), sentences, text);
    }
  }

  @Test
  void gradeWordLookNeverMissesWhatTheLowerCasedCopyHolds() throws Exception {
    int found = 0;
    for (String text : texts()) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      if (GradeResolver.hasGradeWord(lower)) {
        found++;
        assertTrue(GradeResolver.mayHoldGradeWord(text, 0, text.length(), false), text);
      }
      if (GradeResolver.hasGradeWord(lower) || lower.contains("no graded judgement")) {
        assertTrue(GradeResolver.mayHoldGradeWord(text, 0, text.length(), true), text);
      }
    }
    assertTrue(found > 1000, "the texts hold grade words: " + found);
  }

  @Test
  void textInCapitalsHasNoLowerCaseAsciiLetter() throws Exception {
    for (String text : texts()) {
      if (text.equals(text.toUpperCase(java.util.Locale.ROOT))) assertFalse(LineClassifier.hasAsciiLowerCase(text), text);
    }
  }

  /**
   * The grade words' comparison letter by letter agrees with {@code regionMatches} ignoring case, over every place of
   * every text, and over random words of the letters that fold case oddly (the long s, the Kelvin sign, dotless i).
   */
  @Test
  void gradeWordComparisonAsRegionMatches() throws Exception {
    List<String> words = List.of("good", "adequate", "outstanding", "requires improvement", "no graded judgement");
    for (String text : texts()) {
      for (int at = 0; at < text.length(); at++) {
        for (String word : words) {
          if (at + word.length() > text.length()) continue;
          assertEquals(text.regionMatches(true, at, word, 0, word.length()), GradeResolver.startsWithIgnoringCase(text, at, word), text);
        }
      }
    }
    Random random = new Random(7);
    String letters = "goadequtsnrimpvGOADEQUTSNRIMPV \u017f\u212a\u0131\u0130\u00e9";
    for (int i = 0; i < 200_000; i++) {
      String word = words.get(random.nextInt(words.size()));
      StringBuilder b = new StringBuilder(word);
      for (int k = random.nextInt(3); k >= 0; k--) b.setCharAt(random.nextInt(b.length()), letters.charAt(random.nextInt(letters.length())));
      String text = b.toString();
      assertEquals(text.regionMatches(true, 0, word, 0, word.length()), GradeResolver.startsWithIgnoringCase(text, 0, word), text);
    }
  }

  @Test
  void decodingAsTheStrictDecoder() throws Exception {
    Random random = new Random(5);
    byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "’".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8), "𝒶".getBytes(StandardCharsets.UTF_8), {(byte) 0x92}, {(byte) 0xE2, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, "é".getBytes(StandardCharsets.ISO_8859_1)};
    for (int i = 0; i < 20_000; i++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      for (int n = random.nextInt(6); n >= 0; n--) b.writeBytes(pieces[random.nextInt(pieces.length)]);
      byte[] bytes = b.toByteArray();
      String strict;
      try {
        strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        strict = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
      }
      assertEquals(strict, TextSource.decode(bytes), java.util.HexFormat.of().formatHex(bytes));
    }
  }
}
