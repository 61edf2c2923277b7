package findings.search;

import findings.index.Fields;
import findings.index.Vocabulary;
import findings.model.Suggestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions as you type, from Lucene's AnalyzingSuggester over the words of the reports (weighted by how many
 * times they stand in them), the authorities in the index, and the thesaurus's terms. Built once per index reader.
 */
final class Suggestions {
  private static final long AUTHORITY_WEIGHT = 1_000_000_000L;
  private static final long THESAURUS_WEIGHT = 1_000_000L;

  private final AnalyzingSuggester suggester;

  Suggestions(IndexReader reader, SortedSetDocValuesReaderState facets) throws IOException {
    Map<String, long[]> entries = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    Terms words = MultiTerms.getTerms(reader, Fields.SPELL);
    if (words != null) {
      TermsEnum te = words.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String w = t.utf8ToString();
        // Single letters and numbers are not worth offering.
        if (w.length() < 3 || !Character.isLetter(w.charAt(0))) continue;
        // A word's count can pass the thesaurus's weight (a common word stands millions of times in a million
        // paragraphs) and, far beyond, what the suggester can encode (an int): capped, words stay below both.
        entries.put(w, new long[] {Math.min(te.totalTermFreq(), THESAURUS_WEIGHT - 1)});
        kinds.put(w, "term");
      }
    }
    for (String term : Vocabulary.get().terms()) {
      entries.merge(term, new long[] {THESAURUS_WEIGHT}, (a, b) -> new long[] {Math.max(a[0], b[0])});
      kinds.putIfAbsent(term, "thesaurus");
    }
    if (facets != null) {
      try {
        var top = new SortedSetDocValuesFacetCounts(facets)
            .getTopChildren(1000, Fields.AUTHORITY);
        if (top != null) for (var lv : top.labelValues) {
          if (lv.label.equals(Fields.NO_VALUE)) continue;
          entries.put(lv.label, new long[] {AUTHORITY_WEIGHT + lv.value.longValue()});
          kinds.put(lv.label, "authority");
        }
      } catch (IllegalArgumentException e) {
        // no authority facet yet
      }
    }
    suggester = new AnalyzingSuggester(new ByteBuffersDirectory(), "suggest", new StandardAnalyzer());
    Iterator<Map.Entry<String, long[]>> it = entries.entrySet().iterator();
    suggester.build(new InputIterator() {
      Map.Entry<String, long[]> current;

      @Override
      public BytesRef next() {
        if (!it.hasNext()) return null;
        current = it.next();
        return new BytesRef(current.getKey());
      }

      @Override
      public long weight() {
        return current.getValue()[0];
      }

      @Override
      public BytesRef payload() {
        return new BytesRef(kinds.get(current.getKey()));
      }

      @Override
      public boolean hasPayloads() {
        return true;
      }

      @Override
      public Set<BytesRef> contexts() {
        return null;
      }

      @Override
      public boolean hasContexts() {
        return false;
      }
    });
  }

  List<Suggestion> lookup(String prefix, int count) throws IOException {
    List<Suggestion> out = new ArrayList<>();
    if (prefix.isBlank() || suggester.getCount() == 0) return out;
    for (Lookup.LookupResult r : suggester.lookup(prefix, false, count)) {
      out.add(new Suggestion(r.key.toString(), r.payload == null ? "term" : r.payload.utf8ToString()));
    }
    return out;
  }
}
