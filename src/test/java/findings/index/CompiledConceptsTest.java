package findings.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The thesaurus's terms analysed at build time are the ones the analysers give now, and read back the same. */
class CompiledConceptsTest {
  private static final String FINGERPRINT = Vocabulary.fingerprint();

  @Test
  void theCopyOnTheClassPathIsWhatAnalysingGivesNow() throws Exception {
    byte[] onClassPath = CompiledSynonyms.onClassPath(Concepts.RESOURCE);
    assertNotNull(onClassPath, Concepts.RESOURCE + " was not compiled by the build");
    List<Concepts.AnalysedTerm> analysed = Concepts.analyse(Vocabulary.get());
    assertArrayEquals(Concepts.bytes(analysed, FINGERPRINT), onClassPath,
        "the compiled concepts are stale: rebuild (mvn process-classes)");
    assertEquals(analysed, Concepts.readCompiled(FINGERPRINT), "the compiled copy was not taken");
    int terms = 0;
    for (String[] set : Vocabulary.get().synonymGroups) terms += set.length;
    assertEquals(terms, analysed.size());
    // "looked after children" and its stems: what the index marks and a quoted phrase finds
    assertTrue(analysed.stream().anyMatch(t -> t.typed().equals(List.of("looked", "after", "children"))
        && t.stems().equals(List.of("look", "after", "children"))), "looked after children, as analysed");
  }

  @Test
  void aCopyMadeFromOtherFilesIsNotTaken() throws Exception {
    byte[] bytes = Concepts.bytes(Concepts.analyse(Vocabulary.get()), FINGERPRINT);
    assertNull(Concepts.read(bytes, "another thesaurus"));
    assertNull(Concepts.readCompiled("another thesaurus"));
    assertEquals(Concepts.analyse(Vocabulary.get()), Concepts.read(bytes, FINGERPRINT));
  }
}
