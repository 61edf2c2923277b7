package findings.search;

import findings.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The counts of dimensions of a group counted together ({@link Fields#COUNTED_TOGETHER}), summed from Lucene's
 * counts of the group's combined values: 2015 with "Joint area review" 12 times and with "Council report" 3 times
 * make 15 for 2015 in year, and 12 and 3 in type. Ordered as Lucene orders a dimension counted from its own field —
 * by count, ties by value in the index's order (UTF-8 bytes, which is code point order) — so that the page shows the
 * same counts in the same order either way.
 *
 * <p>The combined values are split once per reader ({@link Values}), and each search sums into arrays by position:
 * cutting every combined value into its dimensions' values and summing them in maps of strings, then sorting those by
 * count and string, took a seventh of a full search of a single word at 10,000 paragraphs. A dimension that is a group
 * of its own (authority) is ranked here too, from Lucene's counts by ordinal ({@link LuceneCounts}).
 */
final class GroupedDimensionCounts extends Facets {
  private final List<String> group;
  private final Values values;
  /** Each dimension asked for, by its place in the group: its values' counts by value index; null if not asked for. */
  private final int[][] sums;
  private final boolean counted;

  /**
   * @param group the group's dimensions, in the order of the combined values
   * @param dims those of the group to sum (a filtered dimension's sideways counts need only it)
   * @param byOrdinal Lucene's counts of the reader's facet values by ordinal ({@link LuceneCounts}), or null when
   *     nothing was counted
   * @param values the group's combined values on the reader that was counted
   */
  GroupedDimensionCounts(List<String> group, List<String> dims, int[] byOrdinal, Values values) {
    this.group = group;
    this.values = values;
    this.sums = new int[group.size()][];
    for (String dim : dims) sums[place(dim)] = new int[values.byIndex[place(dim)].length];
    this.counted = byOrdinal != null && values.valueAt.length > 0;
    if (!counted) return;
    for (int at = 0; at < values.valueAt.length; at++) {
      int count = byOrdinal[values.firstOrdinal + at];
      if (count > 0) add(at, count);
    }
  }

  /** Adds the count of the combined value at {@code at} to each of its dimensions' values that are summed. */
  private void add(int at, int count) {
    for (int i = 0; i < sums.length; i++) if (sums[i] != null) sums[i][values.valueAt[at][i]] += count;
  }

  private int place(String dim) {
    int i = group.indexOf(dim);
    if (i < 0) throw new IllegalArgumentException("dimension " + dim + " is not counted here");
    return i;
  }

  /**
   * A group's combined values on one reader, each split into its dimensions' values once, and each dimension's values
   * numbered in the index's order. A reader's values never change; made when its first count of the group needs them.
   */
  static final class Values {
    /** The ordinal of the first combined value in the reader's facet field; the others follow it. */
    private final int firstOrdinal;
    /** For each combined value, by its ordinal's place in the field: the index of its value in each dimension. */
    private final int[][] valueAt;
    /** Each dimension's values, in the index's order: a value's index is its rank in that order. */
    private final String[][] byIndex;
    /** Each dimension's value indexes by value. */
    private final List<Map<String, Integer>> indexes = new ArrayList<>();

    /** The combined values of {@code group} as Lucene labels them when it counts them from {@code state}. */
    static Values of(List<String> group, SortedSetDocValuesReaderState state) throws IOException {
      String dim = Fields.countedDimension(group);
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      List<String> combined = new ArrayList<>();
      if (range != null) {
        SortedSetDocValues labels = state.getDocValues();
        for (int ord = range.start(); ord <= range.end(); ord++) {
          String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
          combined.add(path[path.length - 1]); // as Lucene's counts label it
        }
      }
      return new Values(group, combined, range == null ? 0 : range.start());
    }

    Values(List<String> group, List<String> combinedValues, int firstOrdinal) {
      this.firstOrdinal = firstOrdinal;
      String[] combined = combinedValues.toArray(String[]::new);
      String[][] split = new String[combined.length][];
      List<TreeSet<String>> distinct = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) distinct.add(new TreeSet<>(INDEX_ORDER));
      for (int at = 0; at < combined.length; at++) {
        split[at] = split(group, combined[at]);
        for (int i = 0; i < group.size(); i++) distinct.get(i).add(split[at][i]);
      }
      byIndex = new String[group.size()][];
      for (int i = 0; i < group.size(); i++) {
        byIndex[i] = distinct.get(i).toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < byIndex[i].length; v++) index.put(byIndex[i][v], v);
        indexes.add(index);
      }
      valueAt = new int[combined.length][group.size()];
      for (int at = 0; at < combined.length; at++) {
        for (int i = 0; i < group.size(); i++) valueAt[at][i] = indexes.get(i).get(split[at][i]);
      }
    }

    private static String[] split(List<String> group, String label) {
      String[] parts = new String[group.size()];
      int from = 0;
      for (int i = 0; i < group.size(); i++) {
        // The last dimension takes the rest, separators and all: only it may hold free text (Fields.COUNTED_TOGETHER).
        int to = i == group.size() - 1 ? label.length() : label.indexOf(Fields.GROUP_SEPARATOR, from);
        if (to < 0) throw new IllegalStateException("combined facet value without its " + group.get(i) + ": " + label);
        parts[i] = label.substring(from, to);
        from = to + 1;
      }
      return parts;
    }
  }

  /**
   * Code point order, which is the UTF-8 byte order Lucene keeps a field's values in. Compared a char at a time, as
   * the first chars that differ decide it; UTF-16's order differs from code point order only between a surrogate and a
   * char from U+E000 up, which the two shifts below put in code point order (at 10,000 paragraphs, where most counts
   * tie, comparing by code points was most of the sorting of a full search's counts).
   */
  static final Comparator<String> INDEX_ORDER = (a, b) -> {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) return Integer.compare(inCodePointOrder(ca), inCodePointOrder(cb));
    }
    return Integer.compare(a.length(), b.length());
  };

  /** Surrogates after every other char of the Basic Multilingual Plane, as the code points they stand for are. */
  private static int inCodePointOrder(char c) {
    if (c < Character.MIN_SURROGATE) return c;
    return c > Character.MAX_SURROGATE ? c - 0x800 : c + 0x2000;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) {
    validateTopN(topN);
    return result(dim, path, true, topN);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    return result(dim, path, false, Integer.MAX_VALUE);
  }

  /** The dimension's values with a count, by count then index order when {@code byCount}, else in index order. */
  private FacetResult result(String dim, String[] path, boolean byCount, int limit) {
    int[] counts = countsOf(dim, path);
    if (!counted) return null; // as Lucene answers when it counted nothing
    int total = 0; // an Integer, as Lucene's own counts give it
    int shown = 0;
    for (int count : counts) {
      if (count > 0) shown++;
      total += count;
    }
    // Each value with a count as one number that sorts as the page orders them: by count, highest first, then by the
    // value's index, which is its rank in the index's order.
    long[] order = new long[shown];
    int k = 0;
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] > 0) order[k++] = byCount ? ((long) (Integer.MAX_VALUE - counts[v]) << 32) | v : v;
    }
    if (byCount) Arrays.sort(order);
    String[] names = values.byIndex[place(dim)];
    LabelAndValue[] labelled = new LabelAndValue[Math.min(limit, shown)];
    for (int i = 0; i < labelled.length; i++) {
      int v = (int) order[i];
      labelled[i] = new LabelAndValue(names[v], counts[v]);
    }
    return new FacetResult(dim, path, total, labelled, shown);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    if (path.length != 1) throw new IllegalArgumentException("one value of " + dim + " expected, got " + path.length);
    int[] counts = countsOf(dim, new String[0]);
    Integer v = values.indexes.get(place(dim)).get(path[0]);
    return v == null ? 0 : counts[v];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    List<FacetResult> out = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      if (sums[i] == null) continue;
      FacetResult r = getTopChildren(topN, group.get(i));
      if (r != null) out.add(r);
    }
    return out;
  }

  private int[] countsOf(String dim, String[] path) {
    if (path.length > 0) throw new IllegalArgumentException("dimension " + dim + " is flat: no path below it");
    int[] counts = sums[place(dim)];
    if (counts == null) throw new IllegalArgumentException("dimension " + dim + " is not counted here");
    return counts;
  }
}
