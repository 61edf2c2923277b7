package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The thesaurus file keeps the rules its header states. */
class ThesaurusFileTest {
  /**
   * No term is on two lines. Two sets sharing a term are one concept to the search (their terms all find each other),
   * so a term written twice either repeats a set or joins two sets without saying so; both had crept in at the file's
   * end (special guardianship, pathway plans, ASBOs and home education written again, EET inside the NEET set and on
   * a line of its own).
   */
  @Test
  void noTermIsOnTwoLines() {
    Map<String, String> lineOf = new HashMap<>();
    Map<String, String> repeated = new TreeMap<>();
    for (String line : Vocabulary.entries("synonyms.txt")) {
      for (String term : line.split(",")) {
        String t = term.strip();
        String first = lineOf.putIfAbsent(t, line);
        if (first != null && !first.equals(line)) repeated.put(t, first + "  //  " + line);
      }
    }
    assertEquals(Map.of(), repeated);
  }
}
