package findings.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.FieldInfo;
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

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetedSearcher(reader, config);
      }
    };
  }
}
