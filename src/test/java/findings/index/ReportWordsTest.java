package findings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.model.Hit;
import findings.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spell-check words sit on the report documents, each word of a report once, and its term frequency counts how
 * many times it stands in the report's paragraphs: the index answers "is this word anywhere" and "how common is it"
 * as it did when every paragraph held its own words.
 */
class ReportWordsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void eachReportHoldsItsWordsOnceCountedByTheirOccurrences() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-spell").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    String[] words = {"respite", "fostering", "asylum", "havering", "inspectors"};
    Map<String, Integer> occurrences = new HashMap<>();
    Map<String, Set<String>> reportsWith = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        org.apache.lucene.util.BytesRef json = stored.document(doc).getBinaryValue(Fields.STORED_HIT);
        if (json == null) continue; // a report document
        Hit hit = Json.read(json.bytes, json.offset, json.length, Hit.class);
        for (String word : words) {
          Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])").matcher(hit.text());
          int n = 0;
          while (m.find()) n++;
          occurrences.merge(word, n, Integer::sum);
          if (n > 0) reportsWith.computeIfAbsent(word, w -> new HashSet<>()).add(hit.report().id());
        }
      }
      for (String word : words) {
        Term term = new Term(Fields.SPELL, word);
        assertTrue(occurrences.get(word) > 1, word + " is in the seeds more than once");
        assertEquals(occurrences.get(word).longValue(), reader.totalTermFreq(term), word + ": times it stands");
        assertEquals(reportsWith.get(word).size(), reader.docFreq(term), word + ": reports holding it");
      }
      Terms spell = MultiTerms.getTerms(reader, Fields.SPELL);
      assertEquals(reader.docFreq(new Term(Fields.DOC_TYPE, Fields.REPORT)), spell.getDocCount(),
          "only the report documents hold the spell-check words");
      assertEquals(0, reader.docFreq(new Term(Fields.SPELL, "repsite")), "a word no paragraph has is not there");
    }
  }
}
