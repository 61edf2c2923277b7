package findings.search;

import java.io.IOException;
import java.util.HashMap;
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
  /** Postings by word, per segment; null for a word the segment does not hold. */
  private final Map<LeafReader, Map<BytesRef, PostingsEnum>> postings = new IdentityHashMap<>();
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
    Map<BytesRef, PostingsEnum> bySegment = postings.computeIfAbsent(leaf, l -> new HashMap<>());
    TermsEnum termsEnum = null;
    for (BytesRef term : sourceTerms) {
      PostingsEnum words = bySegment.get(term);
      if (words == null && bySegment.containsKey(term)) continue; // not in this segment
      // New to this segment, or asked for a paragraph before the last (not the highlighter's order): a fresh list.
      if (words == null || words.docID() > doc) {
        if (termsEnum == null) termsEnum = termsIndex.iterator();
        words = termsEnum.seekExact(term) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
        bySegment.put(term, words);
        if (words == null) continue;
      }
      if (words.docID() < doc) words.advance(doc);
      if (words.docID() == doc) results.add(new OffsetsEnum.OfPostings(term, words));
    }
  }
}
