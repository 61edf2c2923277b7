package findings.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet state of its reader. Building the state reads every facet ordinal, so it is built once
 * per reader when the reader is opened or refreshed, never per query.
 */
final class FacetedSearcher extends IndexSearcher {
  /** Null while the index holds no facet values (an empty index). */
  final SortedSetDocValuesReaderState facetState;

  private Suggestions suggestions;

  /** Completions for this reader, built on first use (a few seconds at a million paragraphs, then cached). */
  synchronized Suggestions suggestions() throws IOException {
    if (suggestions == null) suggestions = new Suggestions(getIndexReader(), facetState);
    return suggestions;
  }

  FacetedSearcher(IndexReader reader, FacetsConfig config, java.util.concurrent.Executor executor) throws IOException {
    super(reader, executor);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    this.facetState = fields.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null
        ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.hasPairs = fields.fieldInfo(findings.index.Fields.PAIRS) != null;
  }

  /** Whether the index holds word pairs: an index written before they were added has none until rebuilt. */
  final boolean hasPairs;

  /**
   * One slice per core, cutting large segments into document ranges: a million paragraphs sit in a few large
   * segments, and Lucene's default slicing would leave one core idle on the largest.
   */
  @Override
  protected LeafSlice[] slices(java.util.List<org.apache.lucene.index.LeafReaderContext> leaves) {
    int maxDoc = 0;
    for (var leaf : leaves) maxDoc += leaf.reader().maxDoc();
    int perSlice = Math.max(MIN_DOCS_PER_SLICE, maxDoc / CORES + 1);
    return slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Below this, splitting a search costs more than it saves. */
  private static final int MIN_DOCS_PER_SLICE = 50_000;

  static SearcherFactory factory(FacetsConfig config, java.util.concurrent.Executor executor) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetedSearcher(reader, config, executor);
      }
    };
  }
}
