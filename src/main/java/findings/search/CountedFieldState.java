package findings.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Lucene's facet state of one counted field ({@link findings.index.Fields#COUNTED_TOGETHER}: a group of dimensions,
 * or one alone), keeping the field's values split into their dimensions' values, which never change for a reader
 * ({@link #groupValues}). A search reads Lucene's counts by ordinal ({@link LuceneCounts}) and names the values it
 * shows from those, so no label is read from the index per search. (Until session 25 Lucene labelled every counted
 * value on each search, and this class remembered the labels it read: see "Facet labels read once per reader" in
 * BENCHMARKS.md.)
 */
final class CountedFieldState extends DefaultSortedSetDocValuesReaderState {
  CountedFieldState(IndexReader reader, String field, FacetsConfig config) throws IOException {
    super(reader, field, config);
  }

  /** The group's values split, made on the first count of the group. */
  private volatile GroupedDimensionCounts.Values groupValues;

  /** The values of {@code group}, the group this state's field holds, split once for this reader. */
  GroupedDimensionCounts.Values groupValues(List<String> group) throws IOException {
    GroupedDimensionCounts.Values known = groupValues;
    if (known != null) return known;
    synchronized (this) {
      if (groupValues == null) groupValues = GroupedDimensionCounts.Values.of(group, this);
      return groupValues;
    }
  }
}
