package findings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphNumbersTest {
  @Test
  void aNumberFollowsTheOneBeforeItWithinAndAcrossSections() {
    for (String[] pair : new String[][] {{"22", "23"}, {"3.2", "3.3"}, {"3", "3.1"}, {"3.4", "4"}, {"3.4", "4.1"},
        {"3.2.4", "3.3"}, {"3.1", "3.1.1"}, {"3.9", "3.10"}}) {
      assertTrue(ParagraphNumbers.follows(pair[0], pair[1]), pair[0] + " then " + pair[1]);
    }
    for (String[] pair : new String[][] {{"22", "24"}, {"3.2", "3.4"}, {"3.2", "4.2"}, {"3", "3.2"}, {"3.2", "3.2"},
        {"3.3", "3.2"}, {"3", "4.1.1"}}) {
      assertFalse(ParagraphNumbers.follows(pair[0], pair[1]), pair[0] + " then " + pair[1]);
    }
  }

  @Test
  void numbersCompareAndCountPartByPart() {
    assertTrue(ParagraphNumbers.compare("3.2", "3.10") < 0);
    assertTrue(ParagraphNumbers.compare("3", "3.1") < 0);
    assertTrue(ParagraphNumbers.compare("4", "3.9") > 0);
    assertEquals(2, ParagraphNumbers.between("3.2", "3.5"));
    assertEquals(-1, ParagraphNumbers.between("3.2", "4.5"));
    assertEquals("3.4", ParagraphNumbers.plus("3.2", 2));
    assertEquals("24", ParagraphNumbers.plus("22", 2));
    assertTrue(ParagraphNumbers.isFirst("1") && ParagraphNumbers.isFirst("1.1") && ParagraphNumbers.isFirst("1.1.1"));
    assertFalse(ParagraphNumbers.isFirst("2") || ParagraphNumbers.isFirst("1.2"));
  }
}
