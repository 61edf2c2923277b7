package findings.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Lucene's counts of a sorted-set facet field by ordinal, as its counting left them. Lucene keeps them in a
 * package-private array and hands them out only as labelled results, making a string of each value with a count and
 * cutting it into its path: for a group's combined values, which are summed by position ({@link
 * GroupedDimensionCounts}), that was a tenth of a full search of three words at 10,000 paragraphs, with the labels
 * thrown away at once. The counting itself stays Lucene's. Where a Lucene release moves the array, {@link #available}
 * is false and the counts are taken from the labelled results as before ({@code LuceneCountsTest} fails first).
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

  /** Whether this Lucene's counts can be read by ordinal. */
  static boolean available() {
    return COUNTS != null;
  }

  /** The counts by ordinal over the state's whole field; null when nothing was counted (Lucene then answers null). */
  static int[] byOrdinal(SortedSetDocValuesFacetCounts counts) {
    return (int[]) COUNTS.get(counts);
  }
}
