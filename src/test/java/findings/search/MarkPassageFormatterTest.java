package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippets are escaped text with marks, whatever the width of the paragraph's characters and wherever they fall. */
class MarkPassageFormatterTest {
  private static Passage passage(int start, int end, int... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) p.addMatch(matches[i], matches[i + 1], new BytesRef("w"), 1);
    return p;
  }

  @Test
  void marksAndEscapesNarrowAndWideParagraphs() {
    String narrow = "Carers & <staff> said \"fostering\" works. Other text.";
    String wide = "Carers & <staff> said \u201Cfostering\u201D works. Other text.";
    MarkPassageFormatter f = new MarkPassageFormatter();
    assertEquals("Carers &amp; &lt;staff&gt; said &quot;<mark>fostering</mark>&quot; works. …",
        f.format(new Passage[] {passage(0, 40, 23, 32)}, narrow));
    assertEquals("Carers &amp; &lt;staff&gt; said \u201C<mark>fostering</mark>\u201D works. …",
        f.format(new Passage[] {passage(0, 40, 23, 32)}, wide));
    // a second passage after a gap, with a mark around an escaped character, in a paragraph wide only at its end
    String tail = "A & B met. Then C & D met. \u2019";
    assertEquals("… Then <mark>C &amp; D</mark> met. …", f.format(new Passage[] {passage(11, 26, 16, 21)}, tail));
    assertEquals("<mark>A</mark> &amp; B met. … Then <mark>C</mark> &amp; D met. …",
        f.format(new Passage[] {passage(0, 10, 0, 1), passage(11, 26, 16, 17)}, tail));
    // escaping that outgrows the room the snippet was sized for
    assertEquals("&quot;".repeat(40) + " …", f.format(new Passage[] {passage(0, 40)}, "\"".repeat(40) + " the rest"));
    // white space at either end is left out, as String.strip leaves it out: an em space and a line break among it
    String spaced = " \u2003\n Carers said it. \t\n";
    assertEquals("Carers said <mark>it</mark>.", f.format(new Passage[] {passage(0, spaced.length(), 16, 18)}, spaced));
  }
}
