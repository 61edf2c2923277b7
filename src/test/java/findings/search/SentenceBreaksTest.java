package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.ingest.ReportReader;
import findings.model.Gazetteer;
import findings.model.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Where snippets' sentences start: as written in reports, as the JDK's iterator finds them in prose, every way asked. */
class SentenceBreaksTest {
  private static List<Integer> boundaries(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) out.add(b);
    return out;
  }

  private static List<Integer> ours(String text) {
    return boundaries(new SentenceBreaks(), text);
  }

  private static List<String> paragraphsOfTheSeeds() throws Exception {
    ReportReader reader = new ReportReader(Gazetteer.load());
    List<String> out = new ArrayList<>();
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path f : files.sorted().toList()) for (Paragraph p : reader.read(f).paragraphs()) out.add(p.text());
    }
    return out;
  }

  @Test
  void endsSentencesAsReportsWriteThem() {
    assertEquals(List.of(0, 21, 39), ours("The service is good. Children are safe."));
    assertEquals(List.of(0, 36), ours("Leaders, e.g. the director, know it."), "no sentence starts in lower case");
    assertEquals(List.of(0, 7, 12, 18, 20), ours("Is it? Yes! Done. Go"));
    assertEquals(List.of(0, 22, 26), ours("He said \"it is good.\" Then"), "the closing quote ends the sentence");
    assertEquals(List.of(0, 28, 43), ours("Rates rose to 3.5 per cent. 10 were placed."));
    assertEquals(List.of(0, 31), ours("See http://x.uk/a?b=1 for more."), "a URL's question mark ends nothing");
    assertEquals(List.of(0, 18, 24), ours("Strengths:\n- one.\n- two."), "a colon ends no sentence, a list item's full stop does");
    assertEquals(List.of(0), ours(""));
  }

  /**
   * In the seeds' prose (no table cells, no line breaks) the boundaries are the JDK's, but for two things the JDK
   * gets wrong: it ends no sentence before one that starts with a figure ("foster carers. 10 were placed"), and it
   * ends one at a question mark inside a URL.
   */
  @Test
  void agreesWithTheJdkInTheSeedsProse() throws Exception {
    int compared = 0;
    for (String text : paragraphsOfTheSeeds()) {
      if (text.indexOf('\n') >= 0 || text.indexOf('|') >= 0) continue;
      compared++;
      TreeSet<Integer> jdkOnly = new TreeSet<>(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
      TreeSet<Integer> oursOnly = new TreeSet<>(ours(text));
      TreeSet<Integer> both = new TreeSet<>(jdkOnly);
      both.retainAll(oursOnly);
      jdkOnly.removeAll(both);
      oursOnly.removeAll(both);
      for (int b : jdkOnly) assertTrue(!Character.isWhitespace(text.charAt(b - 1)), () -> "the JDK only, at " + at(text, b));
      for (int b : oursOnly) assertTrue(Character.isDigit(text.charAt(b)), () -> "ours only, at " + at(text, b));
    }
    assertTrue(compared > 300, "paragraphs of prose compared: " + compared);
  }

  /** The highlighter asks around offsets (preceding, following) and walks (next, previous): every answer agrees. */
  @Test
  void answersEveryOffsetAsItsListOfBoundaries() throws Exception {
    SentenceBreaks it = new SentenceBreaks();
    for (String text : paragraphsOfTheSeeds()) {
      List<Integer> all = ours(text);
      TreeSet<Integer> sorted = new TreeSet<>(all);
      it.setText(text);
      for (int o = 0; o <= text.length(); o++) {
        int offset = o;
        Integer after = sorted.higher(o);
        Integer before = sorted.lower(o);
        assertEquals(after == null ? BreakIterator.DONE : after, it.following(o), () -> "following " + offset);
        assertEquals(before == null ? BreakIterator.DONE : before, it.preceding(o), () -> "preceding " + offset);
        assertEquals(all.contains(o), it.isBoundary(o));
      }
      List<Integer> backwards = new ArrayList<>();
      for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) backwards.add(0, b);
      assertEquals(all, backwards);
      it.first();
      assertEquals(all.size() > 1 ? all.get(1) : BreakIterator.DONE, it.next(1));
    }
  }

  private static String at(String text, int b) {
    return "…" + text.substring(Math.max(0, b - 40), b) + "|" + text.substring(b, Math.min(text.length(), b + 30)) + "…";
  }
}
