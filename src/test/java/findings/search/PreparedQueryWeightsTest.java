package findings.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.RecentlyUsed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A prepared query is compiled (its weight made: words looked up, statistics read) once per searcher of its reader and
 * score mode, and the kept weight answers as a new one would, from many threads at once; a searcher of another reader
 * gets a weight of its own every time.
 */
class PreparedQueryWeightsTest {
  /** Counts the weights made of the query it wraps. */
  private static final class Counted extends Query {
    final Query in;
    final AtomicInteger made = new AtomicInteger();

    Counted(Query in) {
      this.in = in;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      made.incrementAndGet();
      return in.createWeight(searcher, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
      in.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "counted(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
      return o == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  private static DirectoryReader index(ByteBuffersDirectory dir, int paragraphs) throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < paragraphs; i++) {
        Document d = new Document();
        String text = (i % 3 == 0 ? "foster carers " : "") + (i % 2 == 0 ? "respite care " : "") + "paragraph " + "care ".repeat(i % 5);
        d.add(new TextField("text", text, Field.Store.NO));
        w.addDocument(d);
        if (i % 40 == 39) w.commit(); // several segments
      }
    }
    return DirectoryReader.open(dir);
  }

  private static RecentlyUsed<PreparedQuery.WeightKey, PreparedQuery.KeptWeight> kept() {
    return new RecentlyUsed<>(FacetedSearcher.KEPT_WEIGHT_COST, PreparedQuery.KeptWeight::cost);
  }

  private static Query careAndFoster() {
    return new BooleanQuery.Builder().add(new TermQuery(new Term("text", "care")), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term("text", "foster")), BooleanClause.Occur.SHOULD).build();
  }

  private static void sameHits(TopDocs expected, TopDocs actual) {
    assertEquals(expected.totalHits, actual.totalHits);
    assertArrayEquals(docs(expected.scoreDocs), docs(actual.scoreDocs));
    for (int i = 0; i < expected.scoreDocs.length; i++) assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score);
  }

  private static int[] docs(ScoreDoc[] sds) {
    int[] out = new int[sds.length];
    for (int i = 0; i < sds.length; i++) out[i] = sds[i].doc;
    return out;
  }

  @Test
  void aWeightIsMadeOncePerSearcherAndScoreModeAndServesEverySearchAfter() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir, 200)) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      Counted counted = new Counted(careAndFoster());
      PreparedQuery prepared = new PreparedQuery(counted, reader, kept());
      TopDocs fresh = searcher.search(careAndFoster(), 10);

      sameHits(fresh, searcher.search(prepared, 10));
      sameHits(fresh, searcher.search(prepared, 10));
      assertEquals(1, counted.made.get(), "the ranked search compiled again");
      int all = searcher.count(careAndFoster());
      assertEquals(all, searcher.count(prepared));
      assertEquals(all, searcher.count(prepared));
      assertEquals(2, counted.made.get(), "one weight more, for counting without scores");

      IndexSearcher other = new IndexSearcher(reader);
      sameHits(fresh, other.search(prepared, 10));
      assertEquals(3, counted.made.get(), "another searcher of the same reader has its own");

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<TopDocs>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) answers.add(pool.submit(() -> searcher.search(prepared, 10)));
        for (Future<TopDocs> answer : answers) sameHits(fresh, answer.get());
      } finally {
        pool.shutdown();
      }
      assertEquals(3, counted.made.get(), "threads searching at once share the kept weight");
    }
  }

  @Test
  void weightsAreKeptUpToABudgetOfWordsTimesSegmentsAndTheLeastRecentGoFirst() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir, 200)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      long cost = 2L * reader.leaves().size(); // careAndFoster has two words
      RecentlyUsed<PreparedQuery.WeightKey, PreparedQuery.KeptWeight> kept = new RecentlyUsed<>(2 * cost * 8, PreparedQuery.KeptWeight::cost);
      List<Counted> counted = new ArrayList<>();
      List<PreparedQuery> queries = new ArrayList<>();
      for (int i = 0; i < 17; i++) {
        counted.add(new Counted(careAndFoster()));
        queries.add(new PreparedQuery(counted.get(i), reader, kept));
      }
      for (PreparedQuery q : queries) searcher.search(q, 10);
      assertTrue(kept.spent() <= kept.budget(), kept.spent() + " kept, over " + kept.budget());
      assertEquals(16 * cost, kept.spent(), "sixteen of them fit");
      searcher.search(queries.get(16), 10);
      assertEquals(1, counted.get(16).made.get(), "the most recent was kept");
      searcher.search(queries.get(0), 10);
      assertEquals(2, counted.get(0).made.get(), "the least recent went first");

      Counted huge = new Counted(careAndFoster());
      RecentlyUsed<PreparedQuery.WeightKey, PreparedQuery.KeptWeight> small = new RecentlyUsed<>(cost * 8 - 1, PreparedQuery.KeptWeight::cost);
      PreparedQuery tooBig = new PreparedQuery(huge, reader, small);
      searcher.search(tooBig, 10);
      searcher.search(tooBig, 10);
      assertEquals(2, huge.made.get(), "a weight of more than an eighth of the budget is not kept");
      assertEquals(0, small.spent());
    }
  }

  @Test
  void aSearcherOfAnotherReaderGetsAWeightOfItsOwnEachTime() throws Exception {
    try (ByteBuffersDirectory first = new ByteBuffersDirectory(); DirectoryReader prepared = index(first, 200);
        ByteBuffersDirectory second = new ByteBuffersDirectory(); DirectoryReader other = index(second, 90)) {
      Counted counted = new Counted(careAndFoster());
      PreparedQuery query = new PreparedQuery(counted, prepared, kept());
      IndexSearcher elsewhere = new IndexSearcher(other);
      elsewhere.setQueryCache(null);
      TopDocs fresh = elsewhere.search(careAndFoster(), 10);
      sameHits(fresh, elsewhere.search(query, 10));
      sameHits(fresh, elsewhere.search(query, 10));
      assertEquals(2, counted.made.get(), "a weight of another reader was kept");
      assertEquals(elsewhere.count(careAndFoster()), elsewhere.count(query));
    }
  }
}
