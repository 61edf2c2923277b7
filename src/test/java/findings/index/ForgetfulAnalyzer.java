package findings.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The index analyser with a word memory of a few words, so that its {@link WordFormFilter} forgets and makes forms
 * again all the time: what is indexed must not depend on what the filter still remembers.
 */
final class ForgetfulAnalyzer extends Analyzer {
  private final int words;

  ForgetfulAnalyzer(int words) {
    this.words = words;
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = new WordTokenizer();
    return new TokenStreamComponents(source,
        new WordFormFilter(new WordPartsFilter(source), SpellingFilter.lookup(Vocabulary.get().spelling), words));
  }
}
