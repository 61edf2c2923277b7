package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's phrases matched once per segment give each paragraph the offsets that Lucene's own helper gives, which
 * matches afresh for every paragraph: in the highlighter's order (a page's paragraphs by document), and also asked for
 * out of that order or twice, where the segment's matching is begun again.
 */
class PagePhrasesTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void everyParagraphInAnyOrderGetsLucenesOffsets() throws Exception {
    Path index = FacetIndexes.severalSegments(tmp, "findings-page-phrases");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int compared = 0;
      for (String typed : List.of("\"children and young people\"", "\"mental health\"", "\"social care\" \"young people\"")) {
        Query marking = new QueryBuilder().markingQuery(typed);
        marking.visit(new org.apache.lucene.search.QueryVisitor() {
          @Override
          public void visitLeaf(Query leaf) {
            assertInstanceOf(PhraseQuery.class, leaf, typed + " is marked by its positions");
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
        PagePhrases ours = new PagePhrases(marking, Fields.TEXT, Fields.TEXT::equals, q -> null, q -> null, true);
        PhraseHelper lucenes = new PhraseHelper(marking, Fields.TEXT, Fields.TEXT::equals, q -> null, q -> null, true);
        for (LeafReaderContext leaf : reader.leaves()) {
          List<Integer> docs = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(marking, 1000).scoreDocs) {
            if (hit.doc >= leaf.docBase && hit.doc < leaf.docBase + leaf.reader().maxDoc()) docs.add(hit.doc - leaf.docBase);
          }
          docs.sort(null);
          List<Integer> asked = new ArrayList<>(docs); // in order, as the highlighter asks
          asked.addAll(docs.reversed()); // then backwards: each one before the last
          if (!docs.isEmpty()) asked.add(docs.getFirst()); // and one asked again
          for (int doc : asked) {
            List<OffsetsEnum> ourOffsets = new ArrayList<>();
            List<OffsetsEnum> theirOffsets = new ArrayList<>();
            ours.createOffsetsEnumsForSpans(leaf.reader(), doc, ourOffsets);
            lucenes.createOffsetsEnumsForSpans(leaf.reader(), doc, theirOffsets);
            List<String> expected = marks(theirOffsets);
            assertEquals(expected, marks(ourOffsets), typed + ", paragraph " + doc);
            if (!expected.isEmpty()) compared++;
          }
        }
      }
      assertTrue(compared > 60, "paragraphs compared: " + compared);
    }
  }

  /** Each marked word with its offsets, in order. */
  private static List<String> marks(List<OffsetsEnum> offsets) throws Exception {
    List<String> marks = new ArrayList<>();
    for (OffsetsEnum words : offsets) {
      while (words.nextPosition()) marks.add(words.getTerm().utf8ToString() + "@" + words.startOffset() + "-" + words.endOffset());
    }
    marks.sort(null);
    return marks;
  }
}
