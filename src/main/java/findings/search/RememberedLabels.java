package findings.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FilterSortedSetDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Accountable;
import org.apache.lucene.util.BytesRef;

/**
 * A facet state whose labels are read from the index once per reader. Lucene's facet counts turn each counted
 * ordinal into its label for every search: a seek in the doc values' term dictionary, which decompresses a block of
 * terms each time. The page shows every value of every dimension (163 authorities, twenty years …), so that was a
 * sixth of a full search at 10,000 paragraphs (profile in BENCHMARKS.md). A reader's ordinals and labels never
 * change, so the label of each ordinal is kept the first time it is looked up; counting itself is Lucene's, from
 * the same doc values and ordinal map as the state beneath.
 */
final class RememberedLabels extends SortedSetDocValuesReaderState {
  private final SortedSetDocValuesReaderState state;
  /** Labels by global ordinal, filled as they are first asked for; searches on the reader share them. */
  private final AtomicReferenceArray<BytesRef> labels;

  RememberedLabels(SortedSetDocValuesReaderState state) {
    this.state = state;
    this.labels = new AtomicReferenceArray<>(state.getSize());
  }

  /**
   * The state's doc values with remembered labels. Lucene's counting finds the ordinal map by the doc values' class
   * (a multi-segment reader's {@link MultiSortedSetDocValues}), so that class is kept.
   */
  @Override
  public SortedSetDocValues getDocValues() throws IOException {
    SortedSetDocValues values = state.getDocValues();
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

  private interface Lookup {
    BytesRef of(long ord) throws IOException;
  }

  private BytesRef label(long ord, Lookup read) throws IOException {
    int i = Math.toIntExact(ord);
    BytesRef known = labels.get(i);
    if (known != null) return known;
    // A copy: the doc values reuse the bytes they return. Callers of lookupOrd never change what they are given.
    BytesRef label = BytesRef.deepCopyOf(read.of(ord));
    labels.set(i, label);
    return label;
  }

  @Override
  public String getField() {
    return state.getField();
  }

  @Override
  public IndexReader getReader() {
    return state.getReader();
  }

  @Override
  public int getSize() {
    return state.getSize();
  }

  @Override
  public FacetsConfig getFacetsConfig() {
    return state.getFacetsConfig();
  }

  @Override
  public OrdRange getOrdRange(String dim) {
    return state.getOrdRange(dim);
  }

  @Override
  public Map<String, OrdRange> getPrefixToOrdRange() {
    return state.getPrefixToOrdRange();
  }

  @Override
  public DimTree getDimTree(String dim) {
    return state.getDimTree(dim);
  }

  @Override
  public Iterable<String> getDims() {
    return state.getDims();
  }

  @Override
  public long ramBytesUsed() {
    return state.ramBytesUsed();
  }

  @Override
  public Collection<Accountable> getChildResources() {
    return state.getChildResources();
  }
}
