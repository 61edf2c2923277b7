package findings.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanCollector;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanScorer;
import org.apache.lucene.queries.spans.Spans;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * The marked phrases' offsets for the paragraphs of one page, as {@link PageOffsets} is for single words. Lucene's
 * {@link PhraseHelper} builds its phrase matching afresh for every paragraph: a searcher, the phrase's weight with a
 * terms-dictionary look-up of each word, and a postings list of each word with its positions and offsets, to read one
 * paragraph. That was two thirds of a full search for {@code "mental health"} at 10,000 paragraphs. The highlighter
 * visits a page's paragraphs in document order, so here the matching is built once per segment, with Lucene's own span
 * queries, weights and spans, and moved forward from one paragraph to the next. A paragraph asked for again, or
 * before the last one, gets the segment's matching afresh. Made anew for each call of the highlighter.
 */
final class PagePhrases extends PhraseHelper {
  private final String field;
  private final Predicate<String> fieldMatcher;
  /** Words the highlighter marks wherever they stand; their offsets come from {@link PageOffsets}, not from here. */
  private final Set<BytesRef> anywhere;
  private final Map<LeafReader, SegmentPhrases> bySegment = new IdentityHashMap<>();

  PagePhrases(Query query, String field, Predicate<String> fieldMatcher, Function<SpanQuery, Boolean> rewriteQueryPred,
      Function<Query, Collection<Query>> preExtractRewriteFunction, boolean ignoreQueriesNeedingRewrite) {
    super(query, field, fieldMatcher, rewriteQueryPred, preExtractRewriteFunction, ignoreQueriesNeedingRewrite);
    this.field = field;
    this.fieldMatcher = fieldMatcher;
    this.anywhere = Set.of(getAllPositionInsensitiveTerms());
  }

  @Override
  public void createOffsetsEnumsForSpans(LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
    SegmentPhrases segment = bySegment.get(leafReader);
    if (segment == null || docId <= segment.lastDoc) {
      segment = new SegmentPhrases(leafReader);
      bySegment.put(leafReader, segment);
    }
    segment.lastDoc = docId;
    // Each phrase's matches in this paragraph, taken in order of position across the phrases, as Lucene's own does.
    PriorityQueue<Spans> byPosition = new PriorityQueue<>(segment.scorers.length) {
      @Override
      protected boolean lessThan(Spans a, Spans b) {
        return a.startPosition() <= b.startPosition();
      }
    };
    for (Scorer scorer : segment.scorers) {
      if (scorer == null || !matches(scorer, docId)) continue;
      Spans spans = ((SpanScorer) scorer).getSpans();
      if (spans.nextStartPosition() != Spans.NO_MORE_POSITIONS) byPosition.add(spans);
    }
    if (byPosition.size() == 0) return;
    OffsetsCollector collector = new OffsetsCollector();
    while (byPosition.size() > 0) {
      Spans spans = byPosition.top();
      spans.collect(collector);
      if (spans.nextStartPosition() == Spans.NO_MORE_POSITIONS) byPosition.pop();
      else byPosition.updateTop();
    }
    results.addAll(collector.byTerm.values());
  }

  /** Whether the phrase matches the paragraph: its scorer moved forward to it, never back. */
  private static boolean matches(Scorer scorer, int docId) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator candidates = twoPhase != null ? twoPhase.approximation() : scorer.iterator();
    if (candidates.docID() < docId) candidates.advance(docId);
    return candidates.docID() == docId && (twoPhase == null || twoPhase.matches());
  }

  /** One segment's phrase matching: a scorer of each of the helper's span queries, or null where none can match. */
  private final class SegmentPhrases {
    final Scorer[] scorers;
    int lastDoc = -1;

    SegmentPhrases(LeafReader leaf) throws IOException {
      LeafReader oneField = new OneFieldWithOffsets(leaf, field);
      IndexSearcher searcher = new IndexSearcher(oneField);
      searcher.setQueryCache(null);
      Set<SpanQuery> queries = getSpanQueries();
      scorers = new Scorer[queries.size()];
      int i = 0;
      for (Query query : queries) {
        scorers[i++] = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
            .scorer(oneField.getContext());
      }
    }
  }

  /**
   * A segment seen through one field, whose postings always carry offsets: the span queries may name another field
   * than the one marked, and the spans' postings must give where each word stands in the text (as Lucene's helper
   * reads it).
   */
  private static final class OneFieldWithOffsets extends FilterLeafReader {
    private final String field;

    OneFieldWithOffsets(LeafReader in, String field) {
      super(in);
      this.field = field;
    }

    @Override
    public Terms terms(String ignored) throws IOException {
      Terms terms = super.terms(field);
      return terms == null ? null : new FilterTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new FilterTermsEnum(in.iterator()) {
            @Override
            public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
              return super.postings(reuse, flags | PostingsEnum.OFFSETS);
            }
          };
        }
      };
    }

    @Override
    public NumericDocValues getNormValues(String ignored) throws IOException {
      return super.getNormValues(field);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  /** The offsets of each word a phrase matched in one paragraph, each pair once and in order. */
  private final class OffsetsCollector implements SpanCollector {
    final Map<BytesRef, CollectedOffsets> byTerm = new HashMap<>();

    @Override
    public void collectLeaf(PostingsEnum postings, int position, Term term) throws IOException {
      if (!fieldMatcher.test(term.field())) return;
      CollectedOffsets offsets = byTerm.get(term.bytes());
      if (offsets == null) {
        if (anywhere.contains(term.bytes())) return;
        offsets = new CollectedOffsets(term.bytes(), postings.freq());
        byTerm.put(term.bytes(), offsets);
      }
      offsets.add(postings.startOffset(), postings.endOffset());
    }

    @Override
    public void reset() {}
  }

  /**
   * One word's offsets in a paragraph, as the highlighter reads them: sorted, without repeats. Sized by the word's
   * frequency in the paragraph: each of its places has one pair of offsets, so no phrase can collect more.
   */
  private static final class CollectedOffsets extends OffsetsEnum {
    private final BytesRef term;
    private final int[] starts;
    private final int[] ends;
    private int size;
    private int at = -1;

    CollectedOffsets(BytesRef term, int frequency) {
      this.term = term;
      this.starts = new int[frequency];
      this.ends = new int[frequency];
    }

    /** Inserted in order; a match is usually at or near the end, so the search for its place starts there. */
    void add(int start, int end) {
      int i = size - 1;
      for (; i >= 0; i--) {
        int cmp = starts[i] != start ? Integer.compare(starts[i], start) : Integer.compare(ends[i], end);
        if (cmp == 0) return;
        if (cmp < 0) break;
      }
      System.arraycopy(starts, i + 1, starts, i + 2, size - i - 1);
      System.arraycopy(ends, i + 1, ends, i + 2, size - i - 1);
      starts[i + 1] = start;
      ends[i + 1] = end;
      size++;
    }

    @Override
    public boolean nextPosition() {
      return ++at < size;
    }

    @Override
    public int freq() {
      return size;
    }

    @Override
    public BytesRef getTerm() {
      return term;
    }

    @Override
    public int startOffset() {
      return starts[at];
    }

    @Override
    public int endOffset() {
      return ends[at];
    }
  }
}
