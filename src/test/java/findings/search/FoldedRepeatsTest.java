package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional clauses that repeat the required one, alone or as a choice's part, are folded into it: the query reads the
 * word's postings (or the phrase's positions) once, and every paragraph scores as it did.
 */
class FoldedRepeatsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }

  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void indexSeeds() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-fold").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  /** The same paragraphs match, and the top 50 come in the same order with the same scores. */
  private static void assertScoresAsBefore(Query before, Query after, String what) throws Exception {
    TopDocs a = searcher.search(before, 50);
    TopDocs b = searcher.search(after, 50);
    assertTrue(a.scoreDocs.length > 3, what + " matches in the seeds");
    assertEquals(a.totalHits.value(), searcher.count(after));
    for (int i = 0; i < a.scoreDocs.length; i++) {
      assertEquals(a.scoreDocs[i].doc, b.scoreDocs[i].doc, what + " rank " + i);
      assertEquals(a.scoreDocs[i].score, b.scoreDocs[i].score, 1e-4f, what + " score at rank " + i);
    }
  }

  /** What the builder made of a single word before folding: the word in every role, and the heading clause. */
  private static BooleanQuery unfolded(String stem) {
    return new BooleanQuery.Builder()
        .add(term("text", stem), Occur.MUST)
        .add(new BoostQuery(new BooleanQuery.Builder().add(term("text", stem), Occur.SHOULD)
            .add(term("text", stem), Occur.SHOULD).build(), 2f), Occur.SHOULD)
        .add(new BoostQuery(term("text", stem), 2f), Occur.SHOULD)
        .add(new BoostQuery(term("headings", stem), 3f), Occur.SHOULD)
        .build();
  }

  @Test
  void aWordInEveryRoleIsReadOnceAndScoresAsBefore() throws Exception {
    for (String stem : new String[] {"foster", "safeguard", "adopt", "respit"}) {
      BooleanQuery before = unfolded(stem);
      Query after = QueryBuilder.foldRepeats(before);
      assertEquals(new BooleanQuery.Builder().add(new BoostQuery(term("text", stem), 7f), Occur.MUST)
          .add(new BoostQuery(term("headings", stem), 3f), Occur.SHOULD).build(), after);
      assertScoresAsBefore(before, after, stem);
    }
    // The builder folds what it makes: a single word's text clause appears once.
    String parsed = new QueryBuilder().userQuery("fostering").toString();
    assertEquals(1, parsed.split("text:foster", -1).length - 1, parsed);
  }

  /**
   * What the builder made of a plain text of two words before folding: both words required; their phrase with a slop
   * or both words (the equivalents' reading, the thesaurus widening neither); the phrase alone; the headings.
   */
  private static BooleanQuery unfoldedPair(String first, String second) {
    Query both = new BooleanQuery.Builder().add(term("text", first), Occur.MUST).add(term("text", second), Occur.MUST).build();
    Query near = new PhraseQuery(3, "text", first, second);
    return new BooleanQuery.Builder()
        .add(both, Occur.MUST)
        .add(new BoostQuery(new BooleanQuery.Builder().add(near, Occur.SHOULD).add(both, Occur.SHOULD).build(), 2f), Occur.SHOULD)
        .add(new BoostQuery(near, 2f), Occur.SHOULD)
        .add(new BoostQuery(new BooleanQuery.Builder().add(term("headings", first), Occur.SHOULD)
            .add(term("headings", second), Occur.SHOULD).build(), 3f), Occur.SHOULD)
        .build();
  }

  @Test
  void aChoiceHoldingTheRequiredWordsIsFoldedAndEveryParagraphScoresAsBefore() throws Exception {
    for (String[] pair : new String[][] {{"young", "peopl"}, {"social", "worker"}, {"of", "the"}, {"foster", "carer"}}) {
      BooleanQuery before = unfoldedPair(pair[0], pair[1]);
      Query after = QueryBuilder.foldRepeats(before);
      // The words' AND once, its boost the sum; the phrase read once too, as Lucene's rewrite merges its two.
      BooleanQuery expected = new BooleanQuery.Builder()
          .add(new BoostQuery(before.clauses().get(0).query(), 3f), Occur.MUST)
          .add(new BoostQuery(new PhraseQuery(3, "text", pair[0], pair[1]), 2f), Occur.SHOULD)
          .add(before.clauses().get(2).query(), Occur.SHOULD)
          .add(before.clauses().get(3).query(), Occur.SHOULD)
          .build();
      assertEquals(expected, after, String.join(" ", pair));
      assertScoresAsBefore(before, after, String.join(" ", pair));
    }
    // The builder folds what it makes: the two words' AND appears once in "young people".
    String parsed = new QueryBuilder().userQuery("young people").toString();
    assertEquals(1, parsed.split("\\+text:young \\+text:peopl", -1).length - 1, parsed);
  }

  /**
   * Words required one and all, one a thesaurus term ("disabled AND children AND respite"), read to match (the term's
   * words anywhere) and to rank (its phrases, here a stand-in word): the words both readings share are read once. The
   * same paragraphs match; those the ranking reading matches score as they did; the others, which scored nothing,
   * score for the shared words.
   */
  @Test
  void wordsRequiredOneAndAllAreReadOnceWhereBothReadingsShareThem() throws Exception {
    Query loosely = new BooleanQuery.Builder().add(new BooleanQuery.Builder().add(term("text", "short"), Occur.MUST)
        .add(term("text", "break"), Occur.MUST).build(), Occur.SHOULD).add(term("text", "respit"), Occur.SHOULD).build();
    BooleanQuery matching = new BooleanQuery.Builder().add(term("text", "young"), Occur.MUST)
        .add(term("text", "peopl"), Occur.MUST).add(loosely, Occur.MUST).build();
    BooleanQuery ranking = new BooleanQuery.Builder().add(term("text", "young"), Occur.MUST)
        .add(term("text", "peopl"), Occur.MUST).add(term("text", "respit"), Occur.MUST).build();
    Query before = new BooleanQuery.Builder().add(matching, Occur.FILTER).add(ranking, Occur.SHOULD).build();
    Query after = QueryBuilder.requiredOnce(matching, ranking).orElseThrow();
    assertEquals(new BooleanQuery.Builder().add(term("text", "young"), Occur.MUST).add(term("text", "peopl"), Occur.MUST)
        .add(loosely, Occur.FILTER).add(term("text", "respit"), Occur.SHOULD).build(), after);
    assertEquals(searcher.count(before), searcher.count(after));
    assertTrue(searcher.count(matching) > searcher.count(ranking), "some match loosely only");
    TopDocs ranked = searcher.search(ranking, 1000);
    assertTrue(ranked.scoreDocs.length > 0);
    java.util.Map<Integer, Float> was = new java.util.HashMap<>();
    for (var sd : searcher.search(before, 1000).scoreDocs) was.put(sd.doc, sd.score);
    java.util.Set<Integer> byRanking = new java.util.HashSet<>();
    for (var sd : ranked.scoreDocs) byRanking.add(sd.doc);
    for (var sd : searcher.search(after, 1000).scoreDocs) {
      if (byRanking.contains(sd.doc)) assertEquals(was.get(sd.doc), sd.score, 1e-4f, "doc " + sd.doc);
      else assertTrue(was.get(sd.doc) == 0f && sd.score > 0f, "doc " + sd.doc);
    }
    // The builder reads a query so: "children" once, where it stood in both readings.
    String parsed = new QueryBuilder().userQuery("disabled AND children AND respite").toString();
    assertEquals(1, parsed.split("text:children", -1).length - 1, parsed);
    // Choices are left as they stand: which reading decides what matches would change.
    assertTrue(QueryBuilder.requiredOnce(new BooleanQuery.Builder().add(term("text", "disabl"), Occur.SHOULD)
        .add(loosely, Occur.SHOULD).build(), new BooleanQuery.Builder().add(term("text", "disabl"), Occur.SHOULD)
        .add(term("text", "respit"), Occur.SHOULD).build()).isEmpty());
  }

  @Test
  void clausesThatDifferAreKept() {
    BooleanQuery q = new BooleanQuery.Builder().add(term("text", "foster"), Occur.MUST)
        .add(term("text", "carer"), Occur.SHOULD).add(new BooleanQuery.Builder().add(term("text", "adopt"), Occur.SHOULD)
            .add(term("text", "carer"), Occur.SHOULD).build(), Occur.SHOULD).build();
    assertEquals(q, QueryBuilder.foldRepeats(q));
  }

  @Test
  void aChoiceKeepsWhatDiffersFromTheRequiredClause() {
    BooleanQuery q = new BooleanQuery.Builder().add(term("text", "foster"), Occur.MUST)
        .add(new BoostQuery(new BooleanQuery.Builder().add(term("text", "foster"), Occur.SHOULD)
            .add(term("text", "carer"), Occur.SHOULD).build(), 2f), Occur.SHOULD).build();
    assertEquals(new BooleanQuery.Builder().add(new BoostQuery(term("text", "foster"), 3f), Occur.MUST)
        .add(new BoostQuery(term("text", "carer"), 2f), Occur.SHOULD).build(), QueryBuilder.foldRepeats(q));
  }
}
