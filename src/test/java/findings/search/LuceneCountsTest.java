package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Fields;
import findings.index.ParagraphDocuments;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Lucene's counts read by ordinal are its labelled counts: each value's count at its ordinal, nothing elsewhere, and
 * none when nothing was counted. (A Lucene release that moves the array fails here first.)
 */
class LuceneCountsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static final FacetsConfig CONFIG = ParagraphDocuments.facetsConfig();

  @Test
  void countsByOrdinalAreLuceneLabelledCounts() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(FacetIndexes.severalSegments(tmp, "findings-counts")))) {
      FacetedSearcher searcher = new FacetedSearcher(reader, CONFIG, null);
      int compared = 0;
      for (Query query : List.of(new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH)),
          new TermQuery(new Term(Fields.TEXT, "foster")), new TermQuery(new Term(Fields.TEXT, "respit")))) {
        FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
        for (List<String> group : Fields.COUNTED_TOGETHER) {
          String dim = Fields.countedDimension(group);
          CountedFieldState state = searcher.facetStates.get(dim);
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
        }
      }
      assertTrue(compared > 100, "values compared: " + compared);
      // Nothing matched: Lucene counted nothing, and there is no array of counts either.
      SortedSetDocValuesFacetCounts none = new SortedSetDocValuesFacetCounts(searcher.facetStates.get(Fields.AUTHORITY),
          new IndexSearcher(reader).search(new MatchNoDocsQuery(), new FacetsCollectorManager()));
      assertNull(none.getAllChildren(Fields.AUTHORITY));
      assertNull(LuceneCounts.byOrdinal(none));
    }
  }
}
