package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index analyser with {@link WordPartsFilter} and {@link WordFormFilter} gives exactly the tokens (terms, words as
 * written, offsets, positions and position lengths) of the chain they replaced: Lucene's WordDelimiterGraphFilter,
 * LowerCaseFilter, the written word noted, SpellingFilter, PorterStemFilter and FlattenGraphFilter. The analysers are
 * made once and used for every text, as an indexing thread uses its own, so most words come from what the word forms
 * remember; one that remembers only five words forgets and starts again all the time.
 */
class WordPartsFilterTest {
  private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE | WordDelimiterGraphFilter.CATENATE_WORDS;

  /** The index analyser as it was before WordPartsFilter. */
  private static final Analyzer LUCENE_CHAIN = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer source = new WordTokenizer();
      TokenStream s = new WordDelimiterGraphFilter(source, FLAGS, null);
      s = new LowerCaseFilter(s);
      s = new WrittenWordFilter(s);
      s = new SpellingFilter(s, SpellingFilter.lookup(Vocabulary.get().spelling));
      s = new PorterStemFilter(s);
      return new TokenStreamComponents(source, new FlattenGraphFilter(s));
    }
  };

  private static final Analyzer INDEX = Analyzers.indexText();

  /** The index analyser with a word memory of five words. */
  private static final Analyzer FORGETFUL = new ForgetfulAnalyzer(5);

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream s = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = s.addAttribute(PositionLengthAttribute.class);
      // The reference chain notes the word as written in its own attribute, the index analyser in the word's form.
      WrittenWordAttribute written =
          s.hasAttribute(WrittenWordAttribute.class) ? s.getAttribute(WrittenWordAttribute.class) : null;
      WordFormAttribute form = s.hasAttribute(WordFormAttribute.class) ? s.getAttribute(WordFormAttribute.class) : null;
      s.reset();
      while (s.incrementToken()) {
        String word = written != null ? written.word() : new String(form.form().written);
        out.add(term + "/" + word + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement()
            + "x" + length.getPositionLength());
      }
      s.end();
      out.add("end@" + offset.endOffset() + "+" + increment.getPositionIncrement());
    }
    return out;
  }

  private static void assertSameAsLucene(String text) throws IOException {
    List<String> expected = tokens(LUCENE_CHAIN, text);
    assertEquals(expected, tokens(INDEX, text), text);
    assertEquals(expected, tokens(FORGETFUL, text), text);
  }

  @Test
  void wordsWithInnerPunctuation() throws IOException {
    assertEquals(List.of("wellb/wellbeing@4-14+1x2", "well/well@4-14+0x1", "be/being@4-14+1x1", "children/children@15-25+1x1",
        "end@25+0"), tokens(INDEX, "the well-being children's").subList(1, 5 + 1));
    for (String text : List.of("", "x-y-2-z-w", "2-x-y q", "a-1-2 q", "children's-services q", "²² q", "a² q", "A'S q",
        "x's-y's q", "it's q", "1's q", "a'b's'c q", "ǅx-y q", "e.g.-x q", "X.Y.Z.", "Á-b", "co-ordinated x-y-z end",
        "2017/18 covid-19 a1-b2", "O'Neil's e.g. U.K. x²y", "it’s mother-in-law's day", "don't stop", "’tis o’clock",
        "Ofsted’s 2nd-½ ²³ Ⅻ", "emoji 😀 and 𝒜𝒷𝒸-𝒹 maths", "café naïve Zoë", "a\u0301b-c", "日本語テキスト-x", "ªb-ºc µ-ß",
        "end ²", "last ²²", "organization-wide behavior's", "self-harm/self-injury")) {
      assertSameAsLucene(text);
    }
  }

  @Test
  void everySeedReportAnalysesAsBefore() throws IOException {
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (String paragraph : Files.readString(seed, StandardCharsets.UTF_8).split("\n")) assertSameAsLucene(paragraph);
      }
    }
  }

  @Test
  void randomWordsAnalyseAsBefore() throws IOException {
    String[] pieces = {"a", "B", "co", "Well", "s", "S", "'", "’", "-", "/", ".", "1", "22", "²", "½", "é", "É", "ª", "ǅ", "日",
        "\u0301", "𝒜", "𝟙", "Ⅻ", " ", "  ", "'s", "'S", "x", "organization", "behavior"};
    Random random = new Random(20261201L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) text.append(pieces[random.nextInt(pieces.length)]);
      assertSameAsLucene(text.toString());
    }
  }
}
