package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The words and word pairs of one analysis: phrase queries over the pairs field rely on them agreeing. */
class AnalysedTextTest {
  private static List<String> terms(TokenStream in) throws IOException {
    List<String> out = new ArrayList<>();
    TermToBytesRefAttribute term = in.addAttribute(TermToBytesRefAttribute.class);
    in.reset();
    while (in.incrementToken()) out.add(term.getBytesRef().utf8ToString());
    in.end();
    in.close();
    return out;
  }

  /** Each term with its position. */
  private static List<String> placed(TokenStream in) throws IOException {
    List<String> out = new ArrayList<>();
    TermToBytesRefAttribute term = in.addAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
    in.reset();
    int position = -1;
    while (in.incrementToken()) {
      out.add(term.getBytesRef().utf8ToString() + "@" + (position += increment.getPositionIncrement()));
    }
    in.end();
    in.close();
    return out;
  }

  @Test
  void pairsFollowTheWordsAsATypedPhraseWouldWithoutJoinedHyphenatedWords() throws IOException {
    AnalysedText t = new AnalysedText(Analyzers.indexText(), Fields.TEXT, "The well-being of looked-after children's carers.");
    List<String> words = terms(t.words());
    assertTrue(words.containsAll(List.of("wellb", "well", "be", "lookedaft", "look", "after")), words.toString());
    assertEquals(List.of("the well@0", "well be@1", "be of@2", "of look@3", "look after@4", "after children@5",
        "children carer@6"), placed(t.pairs()));
  }

  @Test
  void onlyPairsOfCommonWordsAreKeptAtTheirFirstWordsPositions() throws IOException {
    CommonWords common = CommonWords.get();
    assertTrue(common.contains("children") && common.contains("in") && common.contains("care") && common.contains("for"));
    assertTrue(!common.contains("respit") && !common.contains("autist"));
    AnalysedText t = new AnalysedText(Analyzers.indexText(), Fields.TEXT, "Respite for autistic children in care");
    assertEquals(List.of("children in@3", "in care@4"), placed(t.pairs()));
  }

  @Test
  void aOneWordParagraphHasNoPairs() throws IOException {
    assertEquals(List.of(), terms(new AnalysedText(Analyzers.indexText(), Fields.TEXT, "Safeguarding.").pairs()));
  }

  /** Each term with its position, offsets and term frequency. */
  private static List<String> described(TokenStream in) throws IOException {
    List<String> out = new ArrayList<>();
    TermToBytesRefAttribute term = in.addAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = in.addAttribute(OffsetAttribute.class);
    TermFrequencyAttribute frequency = in.addAttribute(TermFrequencyAttribute.class);
    in.reset();
    while (in.incrementToken()) {
      out.add(term.getBytesRef().utf8ToString() + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
          + offset.endOffset() + "x" + frequency.getTermFrequency());
    }
    in.end();
    in.close();
    return out;
  }

  /**
   * What a report's paragraphs index — words with concept terms, word pairs, and the report's counted words — is the
   * same whether the word forms are remembered throughout or forgotten every few words: a word's form made again
   * after its filter forgot it is counted in the same place of its report (with the place looked up only once per form,
   * it would be counted twice, once under each form).
   */
  @Test
  void aReportIndexesTheSameWhenItsWordFormsAreForgotten() throws IOException {
    Analyzer forgetful = new ForgetfulAnalyzer(3);
    List<String> paragraphs = List.of("Looked after children in care and care leavers: the children in care council.",
        "The Children in Care Council meets; children's well-being and wellbeing are reviewed.",
        "Young people leaving care, care leavers and looked-after children said care was good.");
    List<List<String>> indexed = new ArrayList<>();
    for (Analyzer analyzer : List.of(Analyzers.indexText(), forgetful)) {
      AnalysedText.ReportWords words = new AnalysedText.ReportWords();
      List<String> fields = new ArrayList<>();
      for (String text : paragraphs) {
        AnalysedText t = new AnalysedText(analyzer, Fields.TEXT, text);
        fields.addAll(described(t.wordsWithConcepts(Concepts.get())));
        fields.addAll(described(t.pairs()));
        words.add(t);
      }
      fields.addAll(described(words.stream()));
      indexed.add(fields);
    }
    assertTrue(indexed.get(0).contains("care+1@0-0x7"), indexed.get(0).toString());
    assertTrue(indexed.get(0).stream().anyMatch(t -> t.startsWith(Concepts.PREFIX + "")), indexed.get(0).toString());
    assertEquals(indexed.get(0), indexed.get(1));
  }
}
