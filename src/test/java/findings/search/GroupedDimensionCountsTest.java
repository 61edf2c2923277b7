package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Fields;
import findings.index.ParagraphDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of every dimension, summed from its group's combined values, are exactly Lucene's counts of the
 * dimension's own field — the same values, counts, totals and order, cut at any number of values — over the matches
 * of a search and over the sideways matches of a filtered dimension, alone and with other filters.
 */
class GroupedDimensionCountsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static final FacetsConfig CONFIG = ParagraphDocuments.facetsConfig();

  @Test
  void everyDimensionCountsAsItsOwnFieldDoes() throws Exception {
    assertTrue(compareWithOwnFields(FacetIndexes.severalSegments(tmp, "findings-grouped")) > 200);
  }

  /**
   * A heading holding the separator and the no-value character, as a PDF whose font maps glyphs to private use
   * gives, is indexed and counted whole, as its own field counts it.
   */
  @Test
  void aHeadingHoldingTheSeparatorCountsAsItsOwnFieldDoes() throws Exception {
    Path sources = Files.createTempDirectory(tmp, "findings-grouped-odd");
    Files.copy(Path.of("seeds/000_1cb2265a1d41d5cf.txt"), sources.resolve("000.txt"));
    Files.copy(Path.of("seeds/002_123b325bf212f2cb.txt"), sources.resolve("002.txt"));
    String odd = "Staying" + Fields.GROUP_SEPARATOR + "safe" + Fields.NO_VALUE;
    List<String> lines = Files.readAllLines(Path.of("seeds/001_15de77b5f4537637.txt"), StandardCharsets.UTF_8).stream()
        .map(l -> l.strip().equals("Staying safe") ? odd : l).toList();
    Files.write(sources.resolve("001.txt"), lines, StandardCharsets.UTF_8);
    Path index = FacetIndexes.joined(sources, List.of(sources.resolve("001.txt").toString()),
        List.of(sources.resolve("000.txt").toString(), sources.resolve("002.txt").toString()));
    assertTrue(compareWithOwnFields(index) > 100);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      FacetedSearcher searcher = new FacetedSearcher(reader, CONFIG, null);
      DrillDownQuery drill = new DrillDownQuery(CONFIG, new TermQuery(new Term(Fields.TEXT, "safe")));
      var counted = new ConcurrentDrillSideways(searcher, CONFIG, searcher.facetStates, searcher.heapFacetStates, null)
          .search(drill, new TotalHitCountCollectorManager(searcher.getSlices())).facets;
      assertTrue(List.of(counted.getTopChildren(100, Fields.SECTION).labelValues).stream().anyMatch(lv -> lv.label.equals(odd) && lv.value.intValue() > 0),
          "the odd heading among the sections: " + counted.getTopChildren(100, Fields.SECTION));
    }
  }

  /**
   * The index's order of values is code point order (Lucene's UTF-8 bytes): the comparison a char at a time agrees with
   * comparing code points over random strings of surrogate pairs, private-use and other chars around the surrogates.
   */
  @Test
  void indexOrderIsCodePointOrder() {
    String[] pieces = {"a", "B", "Safe", "\uD7FF", "\uE000", "\uE001", "\uFFFD", "\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF", "é", ""};
    Random random = new Random(20261205);
    Comparator<String> byCodePoints = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    for (int round = 0; round < 20_000; round++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int shared = random.nextInt(3);
      for (int i = 0; i < shared; i++) {
        String p = pieces[random.nextInt(pieces.length)];
        a.append(p);
        b.append(p);
      }
      for (int i = random.nextInt(3); i > 0; i--) a.append(pieces[random.nextInt(pieces.length)]);
      for (int i = random.nextInt(3); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
      assertEquals(Integer.signum(byCodePoints.compare(a.toString(), b.toString())),
          Integer.signum(GroupedDimensionCounts.INDEX_ORDER.compare(a.toString(), b.toString())), a + " against " + b);
    }
  }

  /** Compares every dimension's counts with its own field's over several queries and filters; how many had several values. */
  private static int compareWithOwnFields(Path index) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
      FacetedSearcher searcher = new FacetedSearcher(reader, CONFIG, null);
      assertEquals(Fields.COUNTED_TOGETHER.size(), searcher.facetStates.size(), "one state per counted group");
      Query paragraphs = new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH));
      Map<String, String> commonest = new LinkedHashMap<>();
      for (String dim : Fields.FACETS) {
        for (LabelAndValue lv : ownCounts(reader, paragraphs, Map.of(), dim, 5).labelValues) {
          if (!lv.label.equals(Fields.NO_VALUE)) {
            commonest.put(dim, lv.label);
            break;
          }
        }
      }
      assertEquals(Fields.FACETS.size(), commonest.size(), "a value of every dimension to filter by: " + commonest);
      List<Map<String, String>> filterSets = List.of(Map.of(), Map.of(Fields.GRADE, commonest.get(Fields.GRADE)),
          Map.of(Fields.YEAR, commonest.get(Fields.YEAR)), Map.of(Fields.GRADE, commonest.get(Fields.GRADE), Fields.KIND, commonest.get(Fields.KIND)),
          Map.of(Fields.SECTION, commonest.get(Fields.SECTION), Fields.AUTHORITY, commonest.get(Fields.AUTHORITY)),
          Map.of(Fields.YEAR, commonest.get(Fields.YEAR), Fields.TYPE, commonest.get(Fields.TYPE), Fields.THEME, commonest.get(Fields.THEME)));
      int compared = 0;
      for (Query query : List.of(paragraphs, new TermQuery(new Term(Fields.TEXT, "foster")), new TermQuery(new Term(Fields.TEXT, "children")))) {
        for (Map<String, String> filters : filterSets) {
          DrillDownQuery drill = new DrillDownQuery(CONFIG, query);
          filters.forEach(drill::add);
          for (boolean onPool : new boolean[] {false, true}) {
            java.util.concurrent.ExecutorService pool = onPool ? java.util.concurrent.Executors.newFixedThreadPool(2) : null;
            try {
              DrillSideways sideways = new ConcurrentDrillSideways(searcher, CONFIG, searcher.facetStates, searcher.heapFacetStates, pool);
              var counted = sideways.search(drill, new TotalHitCountCollectorManager(searcher.getSlices())).facets;
              for (String dim : Fields.FACETS) {
                Map<String, String> others = new LinkedHashMap<>(filters);
                others.remove(dim); // a filtered dimension counts its sideways matches
                for (int topN : new int[] {1000, 3, 1}) {
                  FacetResult expected = ownCounts(reader, query, others, dim, topN);
                  assertEquals(expected, counted.getTopChildren(topN, dim), dim + " top " + topN + " for " + query + " with " + filters);
                  if (expected != null && expected.labelValues.length > 1) compared++;
                }
              }
            } finally {
              if (pool != null) pool.shutdown();
            }
          }
        }
      }
      return compared;
    }
  }

  @Test
  void aSectionHoldingTheSeparatorIsCountedWhole() {
    String sep = String.valueOf(Fields.GROUP_SEPARATOR);
    String odd = "Care" + sep + "leavers"; // a heading from a PDF whose font maps a glyph to private use
    List<String> group = List.of(Fields.THEME, Fields.SECTION);
    // The reader's combined values in the order of their ordinals (UTF-8 order), the first at ordinal 2 of the field.
    var values = new GroupedDimensionCounts.Values(group,
        List.of("Children in care" + sep + "Adoption", "Children in care" + sep + odd, "Children in care" + sep + "Fostering", Fields.NO_VALUE + sep + odd), 2);
    // Lucene's counts by ordinal: ordinals 0 and 1 are another dimension's, and must not be summed here.
    int[] byOrdinal = {7, 7, 3, 5, 0, 1};
    GroupedDimensionCounts counts = new GroupedDimensionCounts(group, group, byOrdinal, values);
    assertEquals(List.of(new LabelAndValue(odd, 6), new LabelAndValue("Adoption", 3)),
        List.of(counts.getTopChildren(10, Fields.SECTION).labelValues));
    assertEquals(List.of(new LabelAndValue("Children in care", 8), new LabelAndValue(Fields.NO_VALUE, 1)),
        List.of(counts.getTopChildren(10, Fields.THEME).labelValues));
    assertEquals(List.of(new LabelAndValue("Adoption", 3), new LabelAndValue(odd, 6)), List.of(counts.getAllChildren(Fields.SECTION).labelValues));
    assertEquals(9, counts.getTopChildren(1, Fields.SECTION).value.intValue());
    assertEquals(2, counts.getTopChildren(1, Fields.SECTION).childCount, "values with a count; Fostering has none");
    assertEquals(6, counts.getSpecificValue(Fields.SECTION, odd).intValue());
    assertEquals(0, counts.getSpecificValue(Fields.SECTION, "Fostering").intValue());
    // Nothing counted: no result, as Lucene answers.
    assertEquals(null, new GroupedDimensionCounts(group, group, null, values).getAllChildren(Fields.SECTION));
  }

  /** Lucene's top values of {@code dim} from the dimension's own field, over what {@code query} and {@code filters} match. */
  private static FacetResult ownCounts(DirectoryReader reader, Query query, Map<String, String> filters, String dim, int topN) throws Exception {
    DrillDownQuery drill = new DrillDownQuery(CONFIG, query);
    filters.forEach(drill::add);
    FacetsCollector matches = new IndexSearcher(reader).search(drill, new FacetsCollectorManager());
    var state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetField(dim), CONFIG);
    return new SortedSetDocValuesFacetCounts(state, matches).getTopChildren(topN, dim);
  }
}
