package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Fields;
import findings.index.ParagraphDocuments;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * Lucene's counts read by ordinal are its labelled counts: each value's count at its ordinal, nothing elsewhere; and a
 * group summed from them is the group summed from the labelled counts.
 */
class LuceneCountsTest {
  private static final FacetsConfig CONFIG = ParagraphDocuments.facetsConfig();

  @Test
  void countsByOrdinalAreLuceneLabelledCounts() throws Exception {
    assertTrue(LuceneCounts.available(), "this Lucene keeps its counts where LuceneCounts reads them");
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(FacetIndexes.severalSegments("findings-counts")))) {
      FacetedSearcher searcher = new FacetedSearcher(reader, CONFIG, null);
      int compared = 0;
      for (Query query : List.of(new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH)),
          new TermQuery(new Term(Fields.TEXT, "foster")), new TermQuery(new Term(Fields.TEXT, "respit")))) {
        FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
        for (List<String> group : Fields.COUNTED_TOGETHER) {
          String dim = Fields.countedDimension(group);
          RememberedLabels state = searcher.facetStates.get(dim);
          SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
          FacetResult labelled = counts.getAllChildren(dim);
          int[] byOrdinal = LuceneCounts.byOrdinal(counts);
          SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
          int sum = 0;
          for (int ord = range.start(); ord <= range.end(); ord++) sum += byOrdinal[ord];
          assertEquals(labelled.value.intValue(), sum, dim + " for " + query);
          for (LabelAndValue lv : labelled.labelValues) {
            assertEquals(lv.value.intValue(), byOrdinal[(int) state.getDocValues().lookupTerm(
                new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(dim, new String[] {lv.label})))], lv.label);
            compared++;
          }
          if (group.size() > 1) {
            GroupedDimensionCounts.Values values = state.groupValues(group);
            GroupedDimensionCounts fromLabels = new GroupedDimensionCounts(group, group, labelled, values);
            GroupedDimensionCounts fromOrdinals = new GroupedDimensionCounts(group, group, byOrdinal, values);
            for (String each : group) {
              assertEquals(fromLabels.getAllChildren(each), fromOrdinals.getAllChildren(each), each + " for " + query);
              assertEquals(fromLabels.getTopChildren(3, each), fromOrdinals.getTopChildren(3, each), each + " for " + query);
            }
          }
        }
      }
      assertTrue(compared > 100, "values compared: " + compared);
      // Nothing matched: Lucene counted nothing, and both ways answer as it does.
      SortedSetDocValuesFacetCounts none = new SortedSetDocValuesFacetCounts(searcher.facetStates.get(Fields.AUTHORITY),
          new IndexSearcher(reader).search(new MatchNoDocsQuery(), new FacetsCollectorManager()));
      assertNull(none.getAllChildren(Fields.AUTHORITY));
      List<String> group = Fields.COUNTED_TOGETHER.stream().filter(g -> g.size() > 1).findFirst().orElseThrow();
      RememberedLabels state = searcher.facetStates.get(Fields.countedDimension(group));
      SortedSetDocValuesFacetCounts noneOfGroup = new SortedSetDocValuesFacetCounts(state,
          new IndexSearcher(reader).search(new MatchNoDocsQuery(), new FacetsCollectorManager()));
      assertNull(new GroupedDimensionCounts(group, group, LuceneCounts.byOrdinal(noneOfGroup), state.groupValues(group))
          .getAllChildren(group.get(0)));
      assertNull(new GroupedDimensionCounts(group, group, noneOfGroup.getAllChildren(Fields.countedDimension(group)),
          state.groupValues(group)).getAllChildren(group.get(0)));
    }
  }
}
