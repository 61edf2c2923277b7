package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Fields;
import findings.model.Suggestion;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Completions put the thesaurus's terms above plain words however often a word stands in a large index. */
class SuggestionsTest {
  /** One word as a report document's spell-check field holds it: once, with its count as its term frequency. */
  private static TokenStream counted(String word, int count) {
    return new TokenStream() {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
      private boolean done;

      @Override
      public boolean incrementToken() {
        if (done) return false;
        clearAttributes();
        term.append(word);
        frequency.setTermFrequency(count);
        return done = true;
      }

      @Override
      public void reset() {
        done = false;
      }
    };
  }

  @Test
  void aWordOfMillionsStillComesAfterTheThesaurusTermsItBegins() throws Exception {
    FieldType counts = new FieldType();
    counts.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    counts.setOmitNorms(true);
    counts.setTokenized(true);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      // 3 × 1,500,000 occurrences: beyond the thesaurus's weight, and together beyond what one int holds per report
      for (int report = 0; report < 3; report++) {
        Document d = new Document();
        d.add(new Field(Fields.SPELL, counted("foster", 1_500_000), counts));
        d.add(new Field(Fields.SPELL, counted("fostered", 10), counts));
        w.addDocument(d);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(4_500_000L, reader.totalTermFreq(new org.apache.lucene.index.Term(Fields.SPELL, "foster")));
      List<Suggestion> offered = new Suggestions(reader, null).lookup("foste", 50);
      int word = -1;
      int lastThesaurus = -1;
      for (int i = 0; i < offered.size(); i++) {
        if (offered.get(i).text().equals("foster") && offered.get(i).kind().equals("term")) word = i;
        if (offered.get(i).kind().equals("thesaurus")) lastThesaurus = i;
      }
      assertTrue(word >= 0 && lastThesaurus >= 0, offered.toString());
      assertTrue(word > lastThesaurus, "the word before a thesaurus term: " + offered);
    }
  }
}
