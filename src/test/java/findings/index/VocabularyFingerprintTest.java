package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index is rebuilt when a line its readers use changes, and only then. */
class VocabularyFingerprintTest {
  private static String fingerprint(String commonWords) {
    Map<String, String> files = Map.of("synonyms.txt", "# groups\nshort breaks, respite care\n", "spelling.tsv",
        "judgment\tjudgement\n", "common-words.txt", commonWords, "themes.tsv", "Health\thealth\n", "authorities.tsv",
        "Camden\tLondon\n", "proper-names.txt", "Care Quality Commission\n");
    return Vocabulary.fingerprint(name -> new BufferedReader(new StringReader(files.get(name))));
  }

  @Test
  void commentsAndBlankLinesChangeNothingButAWordDoes() {
    String base = fingerprint("# Common words\nchildren\nthe\n");
    assertEquals(base, fingerprint("# Common words, reworded\n\nchildren\n\nthe\n"));
    assertNotEquals(base, fingerprint("# Common words\nchildren\nthe\ncare\n"));
    assertNotEquals(base, fingerprint("# Common words\nchildren\n"));
  }

  @Test
  void theShippedFilesHaveAFingerprint() {
    assertEquals(12, Vocabulary.fingerprint().length());
  }
}
