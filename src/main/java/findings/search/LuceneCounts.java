package findings.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Lucene's counts of a sorted-set facet field by ordinal, as its counting left them. Lucene keeps them in a
 * package-private array and hands them out only as labelled results, making a string of each value with a count and
 * cutting it into its path: for values that are summed by position ({@link GroupedDimensionCounts}), that was a sixth
 * of a full search of three words at 10,000 paragraphs, with the labels thrown away at once. The counting itself stays
 * Lucene's. The array is Lucene 10.4's; a release that moves it fails {@code LuceneCountsTest} before it can ship.
 */
final class LuceneCounts {
  private static final VarHandle COUNTS = find();

  private LuceneCounts() {}

  private static VarHandle find() {
    try {
      return MethodHandles.privateLookupIn(SortedSetDocValuesFacetCounts.class, MethodHandles.lookup())
          .findVarHandle(SortedSetDocValuesFacetCounts.class, "counts", int[].class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The counts by ordinal over the state's whole field; null when nothing was counted (Lucene then answers null). */
  static int[] byOrdinal(SortedSetDocValuesFacetCounts counts) {
    if (COUNTS == null) {
      throw new IllegalStateException("this Lucene keeps no int[] counts in " + SortedSetDocValuesFacetCounts.class.getName()
          + " for LuceneCounts to read");
    }
    return (int[]) COUNTS.get(counts);
  }
}
