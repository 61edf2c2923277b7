package findings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Escaping, a run at a time, of a whole text or of a range of it, gives what escaping each character gives. */
class HtmlTest {
  private static String byCharacter(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void escapesAsCharacterByCharacter() {
    for (String s : new String[] {"", "plain text", "<", "&&", "children's <b>\"care\"</b> & more'", "a<", ">a", "é & ü"}) {
      assertEquals(byCharacter(s), Html.escape(s), s);
    }
    char[] pieces = {'a', ' ', '<', '>', '&', '"', '\'', 'é', '.'};
    Random random = new Random(3);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) s.append(pieces[random.nextInt(pieces.length)]);
      assertEquals(byCharacter(s.toString()), Html.escape(s.toString()), s.toString());
      StringBuilder into = new StringBuilder("x");
      new Html.Ranges(s.toString()).escape(0, s.length(), into::append);
      assertEquals("x" + byCharacter(s.toString()), into.toString());
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 1);
      StringBuilder range = new StringBuilder("y");
      new Html.Ranges(s.toString()).escape(from, to, range::append);
      assertEquals("y" + byCharacter(s.substring(from, to)), range.toString(), s + " [" + from + ", " + to + ")");
    }
    assertEquals("", Html.escape(null));
  }

  /**
   * One string escaped in several ranges, as a snippet escapes its paragraph: front to back with gaps between them,
   * touching, empty, and now and then one that starts before the last.
   */
  @Test
  void rangesOfOneStringEscapeAsCharacterByCharacter() {
    char[] pieces = {'a', ' ', '<', '>', '&', '"', '\'', 'é', '.', '\u2019'};
    Random random = new Random(5);
    for (int n = 0; n < 10_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
      String s = text.toString();
      Html.Ranges ranges = new Html.Ranges(s);
      StringBuilder escaped = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      int from = 0;
      for (int r = random.nextInt(6); r > 0 && from <= s.length(); r--) {
        if (random.nextInt(8) == 0) from = random.nextInt(from + 1); // back before the last range
        int to = from + random.nextInt(s.length() - from + 1);
        ranges.escape(from, to, escaped::append);
        expected.append(byCharacter(s.substring(from, to)));
        from = to + random.nextInt(3);
      }
      assertEquals(expected.toString(), escaped.toString(), s);
    }
  }
}
