package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The words and word pairs of one analysis: phrase queries over the pairs field rely on them agreeing. */
class AnalysedTextTest {
  private static List<String> terms(TokenStream in) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = in.addAttribute(CharTermAttribute.class);
    in.reset();
    while (in.incrementToken()) out.add(term.toString());
    in.end();
    in.close();
    return out;
  }

  @Test
  void pairsFollowTheWordsAsATypedPhraseWouldWithoutJoinedHyphenatedWords() throws IOException {
    AnalysedText t = new AnalysedText(Analyzers.indexText(), Fields.TEXT, "The well-being of looked-after children's carers.");
    List<String> words = terms(t.words());
    assertTrue(words.containsAll(List.of("wellb", "well", "be", "lookedaft", "look", "after")), words.toString());
    assertEquals(List.of("the well", "well be", "be of", "of look", "look after", "after children", "children carer"),
        terms(t.pairs()));
  }

  @Test
  void aOneWordParagraphHasNoPairs() throws IOException {
    assertEquals(List.of(), terms(new AnalysedText(Analyzers.indexText(), Fields.TEXT, "Safeguarding.").pairs()));
  }
}
