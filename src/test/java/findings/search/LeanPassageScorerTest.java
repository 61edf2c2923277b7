package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean scorer gives every passage exactly Lucene's score, so the same sentences become snippets. */
class LeanPassageScorerTest {
  @Test
  void scoresEveryPassageAsLuceneDoes() {
    Random random = new Random(20261123L);
    String[] words = {"foster", "carer", "≡1", "respit", "short", "break", "children"};
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new LeanPassageScorer();
    for (int round = 0; round < 2_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(2_000);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 400 + random.nextInt(200));
      int offset = start;
      int matches = random.nextInt(12);
      for (int i = 0; i < matches; i++) {
        offset += 1 + random.nextInt(30);
        String word = words[random.nextInt(words.length)];
        // A term's frequency in the document is the same at each of its matches, as the highlighter reports it.
        passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + Math.floorMod(word.hashCode(), 9));
      }
      int contentLength = passage.getEndOffset() + random.nextInt(3_000);
      assertEquals(lucene.score(passage, contentLength), lean.score(passage, contentLength), passage.toString());
    }
  }
}
