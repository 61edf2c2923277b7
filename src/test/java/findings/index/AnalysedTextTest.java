package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
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
}
