package findings.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * The marked words' offsets from the postings, for the paragraphs of one page. Lucene's strategy looks each word up
 * in the terms dictionary again for every paragraph and opens a new postings list on it; the highlighter visits a
 * page's paragraphs in document order, so here each word is looked up once per segment and its postings list moves
 * forward from one paragraph to the next. Made anew for each call of the highlighter.
 */
final class PageOffsets extends PostingsOffsetStrategy {
  /**
   * Postings per segment, by the word's place among the highlighter's terms (the same array for every paragraph, so
   * its words are told apart by place, not hashed: hashing them was a twentieth of a full search of three words).
   */
  private final Map<LeafReader, SegmentWords> postings = new IdentityHashMap<>();
  private BytesRef[] terms;
  private LeafReader leaf;

  PageOffsets(UHComponents components) {
    super(components);
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    leaf = reader;
    return super.getOffsetsEnum(reader, docId, content);
  }

  @Override
  protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results)
      throws IOException {
    if (sourceTerms != terms) { // Lucene passes its one array of terms; another is looked up afresh
      postings.clear();
      terms = sourceTerms;
    }
    SegmentWords bySegment = postings.computeIfAbsent(leaf, l -> new SegmentWords(sourceTerms.length));
    TermsEnum termsEnum = null;
    for (int i = 0; i < sourceTerms.length; i++) {
      if (bySegment.absent[i]) continue;
      PostingsEnum words = bySegment.words[i];
      // New to this segment, or asked for a paragraph before the last (not the highlighter's order): a fresh list.
      if (words == null || words.docID() > doc) {
        if (termsEnum == null) termsEnum = termsIndex.iterator();
        words = termsEnum.seekExact(sourceTerms[i]) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
        bySegment.words[i] = words;
        bySegment.absent[i] = words == null;
        if (words == null) continue;
      }
      if (words.docID() < doc) words.advance(doc);
      if (words.docID() == doc) results.add(new OffsetsEnum.OfPostings(sourceTerms[i], words));
    }
  }

  /** A segment's postings of each word, by place; a word the segment does not hold is absent. */
  private static final class SegmentWords {
    final PostingsEnum[] words;
    final boolean[] absent;

    SegmentWords(int n) {
      words = new PostingsEnum[n];
      absent = new boolean[n];
    }
  }
}
