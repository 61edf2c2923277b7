package findings.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A facet state whose labels are read from the index once per reader. Lucene's facet counts turn each counted
 * ordinal into its label for every search: a seek in the doc values' term dictionary, which decompresses a block of
 * terms each time. The page shows every value of every dimension (163 authorities, twenty years …), so that was a
 * sixth of a full search at 10,000 paragraphs (profile in BENCHMARKS.md). A reader's ordinals and labels never
 * change, so the label of each ordinal is kept the first time it is looked up; counting itself is Lucene's, from
 * the same doc values and ordinal map as Lucene's own state, which this extends. A grouped field's state also keeps
 * its combined values split into their dimensions' values ({@link #groupValues}), for the same reason.
 */
final class RememberedLabels extends DefaultSortedSetDocValuesReaderState {
  /** Labels by global ordinal, filled as they are first asked for; searches on the reader share them. */
  private final AtomicReferenceArray<BytesRef> labels;

  RememberedLabels(IndexReader reader, String field, FacetsConfig config) throws IOException {
    super(reader, field, config);
    this.labels = new AtomicReferenceArray<>(getSize());
  }

  /**
   * The state's doc values with remembered labels. Lucene's counting finds the ordinal map by the doc values' class
   * (a multi-segment reader's {@link MultiSortedSetDocValues}), so that class is kept.
   */
  @Override
  public SortedSetDocValues getDocValues() throws IOException {
    SortedSetDocValues values = super.getDocValues();
    if (values instanceof MultiSortedSetDocValues multi) {
      return new MultiSortedSetDocValues(multi.values, multi.docStarts, multi.mapping, multi.cost()) {
        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
          return label(ord, super::lookupOrd);
        }
      };
    }
    if (values == null) return null;
    return new FilterSortedSetDocValues(values) {
      @Override
      public BytesRef lookupOrd(long ord) throws IOException {
        return label(ord, in::lookupOrd);
      }
    };
  }

  /** The group's combined values split, made on the first count of the group that needs them. */
  private volatile GroupedDimensionCounts.Values groupValues;

  /** The combined values of {@code group}, the group this state's field holds, split once for this reader. */
  GroupedDimensionCounts.Values groupValues(List<String> group) throws IOException {
    GroupedDimensionCounts.Values known = groupValues;
    if (known != null) return known;
    synchronized (this) {
      if (groupValues == null) groupValues = GroupedDimensionCounts.Values.of(group, this);
      return groupValues;
    }
  }

  private interface Lookup {
    BytesRef of(long ord) throws IOException;
  }

  private BytesRef label(long ord, Lookup read) throws IOException {
    // Lucene's constructor reads the labels once to map its dimensions, before this class's fields are set.
    if (labels == null) return read.of(ord);
    int i = Math.toIntExact(ord);
    BytesRef known = labels.get(i);
    if (known != null) return known;
    // A copy: the doc values reuse the bytes they return. Callers of lookupOrd never change what they are given.
    BytesRef label = BytesRef.deepCopyOf(read.of(ord));
    labels.set(i, label);
    return label;
  }
}
