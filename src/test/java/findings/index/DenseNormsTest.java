package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document, the report documents too, has a norm in each scored field, so Lucene reads norms by document
 * number; and the report documents' empty fields neither match nor count towards the fields' statistics.
 */
class DenseNormsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void everyDocumentHasANormAndReportDocumentsStayOutOfTheScoredFields() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-norms").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      int reports = reader.docFreq(new Term(Fields.DOC_TYPE, Fields.REPORT));
      int paragraphs = reader.docFreq(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH));
      assertEquals(5, reports);
      for (String field : new String[] {Fields.TEXT, Fields.PAIRS, Fields.HEADINGS}) {
        for (LeafReaderContext leaf : reader.leaves()) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          assertNotNull(norms, field);
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            assertTrue(norms.advanceExact(doc), field + " has no norm for document " + doc);
          }
        }
      }
      // Only paragraphs hold words: the average length that ranking divides by is the paragraphs' own.
      assertEquals(paragraphs, org.apache.lucene.index.MultiTerms.getTerms(reader, Fields.TEXT).getDocCount());
    }
  }
}
