package findings.search;

import findings.index.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The counts of dimensions of a group counted together ({@link Fields#COUNTED_TOGETHER}), summed from Lucene's
 * counts of the group's combined values: 2015 with "Joint area review" 12 times and with "Council report" 3 times
 * make 15 for 2015 in year, and 12 and 3 in type. Ordered as Lucene orders a dimension counted from its own field —
 * by count, ties by value in the index's order (UTF-8 bytes, which is code point order) — so that the page shows the
 * same counts in the same order either way.
 */
final class GroupedDimensionCounts extends Facets {
  /** Each dimension asked for: its values' counts by value; empty maps when nothing was counted. */
  private final Map<String, Map<String, Integer>> byDimension = new HashMap<>();
  private final boolean counted;

  /**
   * @param group the group's dimensions, in the order of the combined values
   * @param dims those of the group to sum (a filtered dimension's sideways counts need only it)
   * @param combined Lucene's counts of every combined value of the group, or null when nothing was counted
   */
  GroupedDimensionCounts(List<String> group, List<String> dims, FacetResult combined) {
    for (String dim : dims) byDimension.put(dim, new HashMap<>());
    this.counted = combined != null;
    if (combined == null) return;
    for (LabelAndValue lv : combined.labelValues) {
      String label = lv.label;
      int from = 0;
      for (int i = 0; i < group.size(); i++) {
        // The last dimension takes the rest, separators and all: only it may hold free text (Fields.COUNTED_TOGETHER).
        int to = i == group.size() - 1 ? label.length() : label.indexOf(Fields.GROUP_SEPARATOR, from);
        if (to < 0) throw new IllegalStateException("combined facet value without its " + group.get(i) + ": " + label);
        Map<String, Integer> counts = byDimension.get(group.get(i));
        if (counts != null) counts.merge(label.substring(from, to), lv.value.intValue(), Integer::sum);
        from = to + 1;
      }
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

  /** By count, highest first, ties by value in the index's order. */
  private static final Comparator<Map.Entry<String, Integer>> BY_COUNT = (x, y) -> {
    int byCount = Integer.compare(y.getValue(), x.getValue());
    return byCount != 0 ? byCount : INDEX_ORDER.compare(x.getKey(), y.getKey());
  };

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) {
    validateTopN(topN);
    return result(dim, path, BY_COUNT, topN);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    return result(dim, path, Map.Entry.comparingByKey(INDEX_ORDER), Integer.MAX_VALUE);
  }

  private FacetResult result(String dim, String[] path, Comparator<Map.Entry<String, Integer>> order, int limit) {
    Map<String, Integer> counts = countsOf(dim, path);
    if (!counted) return null; // as Lucene answers when it counted nothing
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(order);
    int total = 0; // an Integer, as Lucene's own counts give it
    for (Map.Entry<String, Integer> e : entries) total += e.getValue();
    LabelAndValue[] shown = entries.stream().limit(limit).map(e -> new LabelAndValue(e.getKey(), e.getValue())).toArray(LabelAndValue[]::new);
    return new FacetResult(dim, path, total, shown, entries.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    if (path.length != 1) throw new IllegalArgumentException("one value of " + dim + " expected, got " + path.length);
    return countsOf(dim, new String[0]).getOrDefault(path[0], 0);
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    List<FacetResult> out = new ArrayList<>();
    for (String dim : byDimension.keySet()) {
      FacetResult r = getTopChildren(topN, dim);
      if (r != null) out.add(r);
    }
    return out;
  }

  private Map<String, Integer> countsOf(String dim, String[] path) {
    if (path.length > 0) throw new IllegalArgumentException("dimension " + dim + " is flat: no path below it");
    Map<String, Integer> counts = byDimension.get(dim);
    if (counts == null) throw new IllegalArgumentException("dimension " + dim + " is not counted here");
    return counts;
  }
}
