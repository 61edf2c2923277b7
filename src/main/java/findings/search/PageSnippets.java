package findings.search;

import findings.index.Fields;
import findings.model.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of a page of paragraphs: the sentences where the search matched, with its words marked, made by
 * Lucene's UnifiedHighlighter from the offsets in the postings and the text each hit already holds.
 */
final class PageSnippets {
  /** The sentences a snippet holds at most. */
  private static final int PASSAGES = 2;
  private static final LeanPassageScorer PASSAGE_SCORER = new LeanPassageScorer();

  private final Analyzer analyzer;

  /**
   * Whether a page's marked words and phrases are sought once per segment ({@link PageOffsets}, {@link PagePhrases}); off
   * only to test them against Lucene's own.
   */
  boolean pageOffsets = true;

  /** @param analyzer the analyzer the marking queries were parsed with */
  PageSnippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The hits {@code found} for {@code docs} (the same paragraphs, in the same order), each with its snippet: what
   * {@code marking} marks, or, for a paragraph it marks nothing in, what {@code words} marks (a search found by an
   * equivalent's words), or else its opening sentences. {@code words} null or equal to {@code marking}: marking alone.
   */
  List<Hit> marked(FacetedSearcher searcher, List<Hit> found, ScoreDoc[] docs, Query marking, Query words) throws IOException {
    if (words != null && words.equals(marking)) words = null;
    marking = withWordsOf(marking, searcher);
    if (words != null) words = withWordsOf(words, searcher);
    Map<Integer, String> textByDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) textByDoc.put(docs[i].doc, found.get(i).text());
    TopDocs pageTopDocs = page(docs);
    String[] snippets;
    if (words == null || words.equals(marking)) {
      snippets = highlighter(searcher, textByDoc, PASSAGES).highlight(Fields.TEXT, marking, pageTopDocs, PASSAGES);
    } else {
      // No passages for a paragraph with nothing marked (null), so that those are marked again by the words.
      snippets = highlighter(searcher, textByDoc, 0).highlight(Fields.TEXT, marking, pageTopDocs, PASSAGES);
      List<ScoreDoc> unmarked = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) if (snippets[i] == null) unmarked.add(docs[i]);
      if (!unmarked.isEmpty()) {
        ScoreDoc[] again = unmarked.toArray(ScoreDoc[]::new);
        String[] byWords = highlighter(searcher, textByDoc, PASSAGES).highlight(Fields.TEXT, words, page(again), PASSAGES);
        for (int i = 0, j = 0; i < docs.length; i++) if (snippets[i] == null) snippets[i] = byWords[j++];
      }
    }
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Hit hit = found.get(i);
      hits.add(snippets[i] != null ? hit.withSnippet(snippets[i]) : hit);
    }
    return hits;
  }

  /** The most words a wildcard marks: its first in the index's order, the rest matched but not marked. */
  private static final int MARKED_WORDS_OF_A_WILDCARD = 256;

  /**
   * {@code query} with each wildcard or fuzzy word of the text ({@link WrittenWordsQuery}) as the words it stands for
   * on the searcher's reader, so that the highlighter marks "education" for {@code educat*}; the same query when it
   * has none.
   */
  static Query withWordsOf(Query query, FacetedSearcher searcher) throws IOException {
    if (query instanceof WrittenWordsQuery pattern) return pattern.markingOn(searcher, MARKED_WORDS_OF_A_WILDCARD);
    if (query instanceof BooleanQuery b) {
      BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (BooleanClause c : b.clauses()) {
        Query sub = withWordsOf(c.query(), searcher);
        changed |= sub != c.query();
        rebuilt.add(sub, c.occur());
      }
      return changed ? rebuilt.build() : query;
    }
    if (query instanceof BoostQuery boosted) {
      Query sub = withWordsOf(boosted.getQuery(), searcher);
      return sub == boosted.getQuery() ? query : new BoostQuery(sub, boosted.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      Query sub = withWordsOf(constant.getQuery(), searcher);
      return sub == constant.getQuery() ? query : new ConstantScoreQuery(sub);
    }
    return query;
  }

  /** Paragraphs to highlight, in the form the highlighter takes them. */
  private static TopDocs page(ScoreDoc[] docs) {
    return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
  }

  /**
   * A highlighter over the paragraphs already read ({@code textByDoc}); a paragraph with nothing to mark gets
   * {@code unmarkedPassages} opening sentences, or no snippet (null) when that is 0.
   */
  private UnifiedHighlighter highlighter(FacetedSearcher searcher, Map<Integer, String> textByDoc, int unmarkedPassages) {
    UnifiedHighlighter.Builder options = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkPassageFormatter())
        .withScorer(PASSAGE_SCORER)
        .withMaxLength(100_000)
        // Weight matching rewrites the query once per highlighted paragraph; term and phrase extraction marks the
        // same words of the (small) marking query without that.
        .withWeightMatches(false)
        .withMaxNoHighlightPassages(unmarkedPassages)
        .withBreakIterator(SentenceBreaks::new);
    FieldInfos readerFields = searcher.fieldInfos;
    boolean onceAPage = pageOffsets;
    return new UnifiedHighlighter(options) {
      /**
       * The reader's fields, merged once when it was opened: the highlighter would merge every segment's field list
       * again for each search (a tenth of what a search allocated at a million paragraphs).
       */
      @Override
      protected FieldInfo getFieldInfo(String field) {
        return readerFields.fieldInfo(field);
      }

      /** Each marked word sought once per segment for the whole page, not once per paragraph (PageOffsets). */
      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return source == OffsetSource.POSTINGS && onceAPage ? new PageOffsets(components) : super.getOffsetStrategy(source, components);
      }

      /** Each marked phrase matched once per segment for the whole page, not once per paragraph (PagePhrases). */
      @Override
      protected PhraseHelper getPhraseHelper(String field, Query query, Set<HighlightFlag> flags) {
        if (!onceAPage || !flags.contains(HighlightFlag.PHRASES) || flags.contains(HighlightFlag.WEIGHT_MATCHES)) {
          return super.getPhraseHelper(field, query, flags);
        }
        return new PagePhrases(query, field, getFieldMatcher(field), this::requiresRewrite, this::preSpanQueryRewrite,
            !flags.contains(HighlightFlag.MULTI_TERM_QUERY));
      }

      /** The text is stored once, inside the hit already read: the highlighter takes it from there. */
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
          throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          values.add(new CharSequence[] {textByDoc.getOrDefault(doc, "")});
        }
        return values;
      }
    };
  }
}
