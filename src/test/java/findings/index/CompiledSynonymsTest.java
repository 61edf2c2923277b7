package findings.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/** The thesaurus compiled at build time is the one parsing the resource files gives now, and reads back the same. */
class CompiledSynonymsTest {
  private static final String FINGERPRINT = Vocabulary.fingerprint();

  private static SynonymMap parsed() {
    return Vocabulary.parseSynonyms(Vocabulary.readSpelling());
  }

  @Test
  void theCopyOnTheClassPathIsWhatParsingGivesNow() throws Exception {
    byte[] onClassPath = CompiledSynonyms.onClassPath(CompiledSynonyms.RESOURCE);
    assertNotNull(onClassPath, CompiledSynonyms.RESOURCE + " was not compiled by the build");
    assertArrayEquals(CompiledSynonyms.bytes(parsed(), FINGERPRINT), onClassPath,
        "the compiled thesaurus is stale: rebuild (mvn process-classes)");
    assertNotNull(CompiledSynonyms.read(FINGERPRINT), "the compiled copy was not taken");
  }

  @Test
  void aCopyMadeFromOtherFilesIsNotTaken() throws Exception {
    byte[] bytes = CompiledSynonyms.bytes(parsed(), FINGERPRINT);
    assertNull(CompiledSynonyms.read(bytes, "another thesaurus"));
    assertNull(CompiledSynonyms.read("another thesaurus"));
  }

  @Test
  void theCompiledThesaurusExpandsEveryTermAsTheParsedOneDoes() throws Exception {
    SynonymMap parsed = parsed();
    SynonymMap read = CompiledSynonyms.read(CompiledSynonyms.bytes(parsed, FINGERPRINT), FINGERPRINT);
    assertNotNull(read);
    assertArrayEquals(CompiledSynonyms.bytes(parsed, FINGERPRINT), CompiledSynonyms.bytes(read, FINGERPRINT));
    Analyzer entries = Analyzers.synonymEntryAnalyzer(Vocabulary.readSpelling());
    int expanded = 0;
    for (String term : Vocabulary.get().terms()) {
      List<String> expected = expand(entries, parsed, "the " + term + " were seen");
      assertEquals(expected, expand(entries, read, "the " + term + " were seen"), term);
      if (expected.size() > term.split(" ").length + 3) expanded++;
    }
    assertTrue(expanded > 100, "terms that expanded: " + expanded);
  }

  /** Each token with its position increment and length, after the synonym filter. */
  private static List<String> expand(Analyzer entries, SynonymMap map, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream s = new SynonymGraphFilter(entries.tokenStream("f", text), map, true)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = s.addAttribute(PositionLengthAttribute.class);
      s.reset();
      while (s.incrementToken()) out.add(term + "/" + inc.getPositionIncrement() + "/" + len.getPositionLength());
      s.end();
    }
    return out;
  }
}
