package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The hand-written word tokenizer gives exactly the tokens and offsets of the pattern it replaced. */
class WordTokenizerTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’/.][\\p{L}\\p{N}]+)*");

  private static List<String> tokens(Tokenizer tokenizer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    tokenizer.setReader(new StringReader(text));
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    tokenizer.reset();
    while (tokenizer.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
    tokenizer.end();
    out.add("end@" + offset.endOffset());
    tokenizer.close();
    return out;
  }

  private static void assertSameAsPattern(String text) throws IOException {
    assertEquals(tokens(new PatternTokenizer(WORD, 0), text), tokens(new WordTokenizer(), text), text);
  }

  @Test
  void wordsJoinedByPunctuationBracketsAndTrailingStopsAsThePatternHas() throws IOException {
    assertEquals(List.of("co-ordinated@0-12", "children's@13-23", "2017/18@25-32", "UASC@35-39", "end@41"),
        tokens(new WordTokenizer(), "co-ordinated children's (2017/18) (UASC)."));
    for (String text : List.of("", " ", "--", "a", "well--being", "end.", "x-", "-x", "e.g. i.e.", "’tis o’clock", "a/b/c",
        "Ofsted’s 2nd-½ ²³ Ⅻ", "emoji 😀 and 𝒜𝒷𝒸-𝒹 maths", "café naïve Zoë", "tab\there\nnew line", "5.3 per cent; 12.5%",
        "word'", "'quoted'", "a\u0301b", "日本語テキスト", "\ud800 lone surrogate")) {
      assertSameAsPattern(text);
    }
  }

  /** A run past 255 characters is no word (Lucene refuses a term past 32,766 bytes): left out, the words around it kept. */
  @Test
  void aRunLongerThanAWordIsLeftOut() throws IOException {
    String longest = "a".repeat(WordTokenizer.MAX_WORD_LENGTH);
    String tooLong = "b".repeat(WordTokenizer.MAX_WORD_LENGTH + 1);
    String text = "care " + tooLong + " " + longest + " " + "c-".repeat(200) + "c leavers";
    int leavers = text.length() - "leavers".length();
    assertEquals(List.of("care@0-4", longest + "@" + (6 + tooLong.length()) + "-" + (6 + tooLong.length() + longest.length()),
        "leavers@" + leavers + "-" + text.length(), "end@" + text.length()), tokens(new WordTokenizer(), text));
  }

  @Test
  void everySeedReportTokenisesAsThePatternDid() throws IOException {
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        assertSameAsPattern(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void aTextLongerThanTheBufferIsReadWhole() throws IOException {
    assertSameAsPattern("word ".repeat(1000) + "last-one.");
  }
}
