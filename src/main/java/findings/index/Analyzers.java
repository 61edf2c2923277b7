package findings.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The analysers for indexing and querying; both sides must agree, so both come from here.
 *
 * <p>Text is split on white space and then on punctuation inside words, and at index time the parts of a
 * hyphenated word are also indexed joined ("co-ordinated" → co, ordinated, coordinated; "well-being" → well,
 * being, wellbeing), so either spelling finds both. Spelling variants are mapped to the British form, then
 * words are stemmed (singular and plural alike). Synonyms and acronyms are expanded at query time; the index holds
 * only a {@link Concepts} term wherever a thesaurus phrase stands, which a quoted thesaurus term is matched by and an
 * unquoted one ranked by (so a changed thesaurus rebuilds the index). No stop words are removed: "children in care" must stay a phrase.
 */
public final class Analyzers {
  private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

  private Analyzers() {}

  /** Words as {@link WordTokenizer} finds them; the word delimiter filter then splits and joins their parts. */
  private static Tokenizer words() {
    return new WordTokenizer();
  }

  /** Paragraph text as indexed. */
  public static Analyzer indexText() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        // The vocabulary is read when the first text is analysed, not when the analyser is made: opening an index
        // to check it (serve's start) need not wait for it.
        CharArrayMap<String> spelling = IndexSpelling.LOOKUP;
        Tokenizer source = words();
        // WordDelimiterGraphFilter with PARTS | CATENATE_WORDS and FlattenGraphFilter, without their cost per token.
        // Then LowerCaseFilter, the word as written noted, SpellingFilter and PorterStemFilter, once a distinct word.
        return new TokenStreamComponents(source, new WordFormFilter(new WordPartsFilter(source), spelling));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * The terms the text field holds for {@code text} as the index analyses it ("fosterings" → foster), without the
   * concept terms a whole paragraph adds: what a word written one way is sought by in the text.
   */
  public static List<BytesRef> textTerms(String text) {
    List<BytesRef> terms = new ArrayList<>();
    try (TokenStream ts = TextTerms.ANALYZER.tokenStream(Fields.TEXT, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      ts.reset();
      while (ts.incrementToken()) terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does no I/O
    }
    return terms;
  }

  /** One index analyser for {@link #textTerms}: thread-safe, each thread reusing its own token streams. */
  private static final class TextTerms {
    static final Analyzer ANALYZER = indexText();
  }

  /** The spelling look-up of the index analyser, built on first use (see {@link #indexText()}). */
  private static final class IndexSpelling {
    static final CharArrayMap<String> LOOKUP = SpellingFilter.lookup(Vocabulary.get().spelling);
  }

  static final char PAIR_SEPARATOR = ' ';

  /** The term of {@link Fields#PAIRS} for two neighbouring analysed words (see {@code AnalysedText}). */
  public static String pair(String first, String second) {
    return first + PAIR_SEPARATOR + second;
  }

  /** Query text: the same words as indexed, with the thesaurus's synonyms and acronyms added. */
  public static Analyzer queryText(boolean synonyms) {
    Vocabulary v = Vocabulary.get();
    CharArrayMap<String> spelling = SpellingFilter.lookup(v.spelling);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = words();
        TokenStream s = new WordDelimiterGraphFilter(source, PARTS, null);
        s = new LowerCaseFilter(s);
        s = new SpellingFilter(s, spelling);
        if (synonyms) s = new SynonymGraphFilter(s, v.synonyms, true);
        return new TokenStreamComponents(source, new PorterStemFilter(s));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** How thesaurus entries are tokenised: as queries are, before synonyms and stemming. */
  static Analyzer synonymEntryAnalyzer(Map<String, String> canonical) {
    CharArrayMap<String> spelling = SpellingFilter.lookup(canonical);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = words();
        TokenStream s = new WordDelimiterGraphFilter(source, PARTS, null);
        s = new LowerCaseFilter(s);
        return new TokenStreamComponents(source, new SpellingFilter(s, spelling));
      }
    };
  }

  /** Unstemmed lower-cased words: for the spell checker, suggestions, and the plain baseline. */
  public static Analyzer plain() {
    return new StandardAnalyzer();
  }

  /** A keyword field's whole value, lower-cased: {@code authority:"City of London"}, {@code grade:good}. */
  public static Analyzer keyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** For the index writer: text fields analysed for indexing, keyword fields whole. */
  public static Analyzer perFieldIndex() {
    return perField(indexText());
  }

  /** For the query parser: text analysed with synonyms, keyword fields whole. */
  public static Analyzer perFieldQuery(boolean synonyms) {
    return perField(queryText(synonyms));
  }

  private static Analyzer perField(Analyzer text) {
    return new PerFieldAnalyzerWrapper(text, perFieldAnalyzers());
  }

  private static Map<String, Analyzer> perFieldAnalyzers() {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer k = keyword();
    for (String f : Fields.FACETS) fields.put(f, k);
    fields.put(Fields.ID, k);
    fields.put(Fields.REPORT_ID, k);
    fields.put(Fields.SPELL, plain());
    return fields;
  }
}
