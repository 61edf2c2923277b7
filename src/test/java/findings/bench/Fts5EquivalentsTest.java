package findings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.search.QueryBuilder;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer is timed on the thesaurus queries as what Findings matches: the same paragraphs, or the figures mean nothing. */
class Fts5EquivalentsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static TermQuery word(String w) {
    return new TermQuery(new Term("text", w));
  }

  private static BooleanQuery of(BooleanClause.Occur occur, Query... clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) b.add(q, occur);
    return b.build();
  }

  @Test
  void writesTermsPhrasesAndsOrsAndNots() {
    Query q = new BooleanQuery.Builder()
        .add(of(BooleanClause.Occur.SHOULD, word("cla"), of(BooleanClause.Occur.MUST, word("look"), word("after"), word("child")),
            new PhraseQuery("text", "in", "care")), BooleanClause.Occur.MUST)
        .add(word("adopt"), BooleanClause.Occur.FILTER)
        .add(word("rank"), BooleanClause.Occur.SHOULD) // beside required clauses an optional one only ranks
        .add(word("foster"), BooleanClause.Occur.MUST_NOT)
        .build();
    assertEquals(Optional.of("((\"cla\" OR (\"look\" AND \"after\" AND \"child\") OR \"in care\") AND \"adopt\") NOT \"foster\""),
        Fts5Equivalents.of(q));
  }

  @Test
  void leavesOutWhatFts5CannotSay() {
    assertEquals(Optional.empty(), Fts5Equivalents.of(new PhraseQuery(2, "text", "in", "care")), "a sloppy phrase");
    assertEquals(Optional.empty(), Fts5Equivalents.of(new TermQuery(new Term("headings", "care"))), "another field");
    BooleanQuery twoOfThree = new BooleanQuery.Builder().add(word("a"), BooleanClause.Occur.SHOULD)
        .add(word("b"), BooleanClause.Occur.SHOULD).add(word("c"), BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
    assertEquals(Optional.empty(), Fts5Equivalents.of(twoOfThree), "two of three");
  }

  @Test
  void theBenchmarksThesaurusQueriesFindTheSameParagraphsInBothEngines() throws Exception {
    Path dir = Files.createTempDirectory(tmp, "fts5-equivalents");
    Path index = dir.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    QueryBuilder builder = new QueryBuilder();
    List<QueryMix.Query> thesaurus = QueryMix.thesaurusQueries(List.of("Havering"), List.of("2007"));
    try (SearchService search = new SearchService(index);
        SqlitePeer sqlite = SqlitePeer.build(dir.resolve("peer.sqlite"), search::forEachParagraphUnchecked)) {
      int found = 0;
      for (QueryMix.Query q : thesaurus) {
        QueryMix.Query equivalent = QueryMix.equivalent(q, builder.matchingQuery(q.text())).orElseThrow(() -> new AssertionError(q.text()));
        long ours = search.search(new SearchRequest(q.text(), Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).total();
        assertEquals(ours, sqlite.count(equivalent.text()), q.text() + " as " + equivalent.text());
        if (ours > 0) found++;
      }
      assertTrue(found >= 5, "most of the queries find something in the seeds, else the check says little: " + found);
    }
  }
}
