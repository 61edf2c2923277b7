package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query used only to decide what matches is read without the clauses that cannot change what it matches: the same
 * paragraphs, fewer postings read.
 */
class MatchingOnlyTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static final String[] STEMS = {"respit", "care", "short", "break", "children", "foster", "social", "worker",
      "school", "health", "servic", "young", "peopl", "plan"};
  @AutoClose
  private static SeedsSearcher seeds;

  @BeforeAll
  static void indexSeeds() throws Exception {
    seeds = SeedsSearcher.open(tmp, "findings-matching");
  }

  private static Query term(String stem) {
    return new TermQuery(new Term("text", stem));
  }

  private static Query all(Query... required) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : required) b.add(q, Occur.MUST);
    return b.build();
  }

  private static BitSet matches(Query q) throws Exception {
    BitSet docs = new BitSet();
    for (ScoreDoc sd : seeds.searcher().search(q, seeds.reader().maxDoc()).scoreDocs) docs.set(sd.doc);
    return docs;
  }

  @Test
  void aConjunctionThatRequiresAnotherChoiceIsDropped() throws Exception {
    Query respiteCare = all(term("respit"), term("care"));
    Query shortBreaks = all(term("short"), term("break"));
    Query loose = new BooleanQuery.Builder().add(shortBreaks, Occur.SHOULD).add(respiteCare, Occur.SHOULD)
        .add(term("respit"), Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder().add(shortBreaks, Occur.SHOULD).add(term("respit"), Occur.SHOULD).build();
    assertEquals(expected, QueryBuilder.matchingOnly(loose));
    assertEquals(matches(loose), matches(QueryBuilder.matchingOnly(loose)));
    assertFalse(matches(loose).isEmpty(), "respite is in the seeds");
  }

  /** The loose reading of "disabled children": the equivalents that add words to another's are dropped. */
  @Test
  void aConjunctionThatRequiresAllAnotherChoiceRequiresIsDropped() throws Exception {
    Query children = all(term("young"), term("children"));
    Query withCare = all(term("young"), term("children"), term("care"));
    Query withCarePlan = all(term("plan"), term("care"), term("children"), term("young"));
    Query other = all(term("social"), term("worker"));
    Query loose = new BooleanQuery.Builder().add(withCarePlan, Occur.SHOULD).add(withCare, Occur.SHOULD)
        .add(other, Occur.SHOULD).add(children, Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder().add(other, Occur.SHOULD).add(children, Occur.SHOULD).build();
    assertEquals(expected, QueryBuilder.matchingOnly(loose));
    assertEquals(matches(loose), matches(QueryBuilder.matchingOnly(loose)));
    assertTrue(matches(withCare).cardinality() < matches(children).cardinality(), "the seeds tell the two apart");
  }

  @Test
  void ofChoicesAlikeOneIsKept() throws Exception {
    Query pair = all(term("foster"), term("care"));
    Query same = all(term("care"), term("foster"));
    Query loose = new BooleanQuery.Builder().add(pair, Occur.SHOULD).add(term("respit"), Occur.SHOULD)
        .add(same, Occur.SHOULD).add(pair, Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder().add(pair, Occur.SHOULD).add(term("respit"), Occur.SHOULD).build();
    assertEquals(expected, QueryBuilder.matchingOnly(loose));
    assertFalse(matches(expected).isEmpty());
  }

  @Test
  void aChoiceThatExcludesIsNotTakenToCoverAnother() throws Exception {
    Query careNotSchool = new BooleanQuery.Builder().add(term("care"), Occur.MUST).add(term("school"), Occur.MUST_NOT).build();
    Query careAndHealth = all(term("care"), term("health"));
    Query loose = new BooleanQuery.Builder().add(careNotSchool, Occur.SHOULD).add(careAndHealth, Occur.SHOULD).build();
    assertEquals(loose, QueryBuilder.matchingOnly(loose));
    // The other way round it does cover: care without school is care.
    Query careNotSchoolHealth = new BooleanQuery.Builder().add(term("care"), Occur.MUST).add(term("health"), Occur.MUST)
        .add(term("school"), Occur.MUST_NOT).build();
    Query covered = new BooleanQuery.Builder().add(careNotSchoolHealth, Occur.SHOULD).add(all(term("care")), Occur.SHOULD).build();
    assertEquals(new BooleanQuery.Builder().add(all(term("care")), Occur.SHOULD).build(), QueryBuilder.matchingOnly(covered));
    assertEquals(matches(covered), matches(QueryBuilder.matchingOnly(covered)));
  }

  @Test
  void optionalClausesBesideRequiredOnesAndBoostsAreDropped() {
    Query q = new BooleanQuery.Builder().add(new BoostQuery(term("foster"), 3f), Occur.MUST)
        .add(term("care"), Occur.SHOULD).add(term("school"), Occur.MUST_NOT).build();
    Query expected = new BooleanQuery.Builder().add(term("foster"), Occur.MUST).add(term("school"), Occur.MUST_NOT).build();
    assertEquals(expected, QueryBuilder.matchingOnly(q));
  }

  @Test
  void choicesThatDoNotContainEachOtherAreKept() {
    Query q = new BooleanQuery.Builder().add(all(term("respit"), term("care")), Occur.SHOULD)
        .add(term("short"), Occur.SHOULD).build();
    assertEquals(q, QueryBuilder.matchingOnly(q));
    // A choice of at least two: dropping one would change what it counts.
    BooleanQuery.Builder two = new BooleanQuery.Builder().add(all(term("respit"), term("care")), Occur.SHOULD)
        .add(term("respit"), Occur.SHOULD);
    two.setMinimumNumberShouldMatch(2);
    assertEquals(two.build(), QueryBuilder.matchingOnly(two.build()));
  }

  /** Random nested queries over words of the seeds, many with a choice that repeats inside a conjunction beside it. */
  @Test
  void randomQueriesMatchTheSameParagraphs() throws Exception {
    Random random = new Random(25);
    int changed = 0;
    for (int i = 0; i < 400; i++) {
      Query q = randomQuery(random, 3);
      Query lean = QueryBuilder.matchingOnly(q);
      if (!lean.equals(q)) changed++;
      assertEquals(matches(q), matches(lean), q + " against " + lean);
    }
    assertTrue(changed > 100, "the random queries exercise the rewrite: " + changed);
  }

  private static Query randomQuery(Random random, int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      Query t = term(STEMS[random.nextInt(STEMS.length)]);
      return random.nextBoolean() ? t : new BoostQuery(t, 2f);
    }
    List<Query> parts = new ArrayList<>();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 1 + random.nextInt(4);
    boolean choice = random.nextBoolean();
    for (int i = 0; i < n; i++) {
      Query part = randomQuery(random, depth - 1);
      // A conjunction that repeats an earlier choice, or its words and one more, as the thesaurus's loose reading
      // makes ("disabled children", "children with a disability").
      if (choice && !parts.isEmpty() && random.nextInt(3) == 0) {
        Query earlier = parts.get(random.nextInt(parts.size()));
        Query more = term(STEMS[random.nextInt(STEMS.length)]);
        if (earlier instanceof BooleanQuery conjunction && random.nextBoolean()) {
          BooleanQuery.Builder wider = new BooleanQuery.Builder();
          for (var c : conjunction.clauses()) wider.add(c);
          part = wider.add(more, Occur.MUST).build();
        } else {
          part = all(earlier, more);
        }
      }
      parts.add(part);
      Occur occur = choice ? (random.nextInt(8) == 0 ? Occur.MUST_NOT : Occur.SHOULD)
          : switch (random.nextInt(6)) {
            case 0 -> Occur.SHOULD;
            case 1 -> Occur.MUST_NOT;
            case 2 -> Occur.FILTER;
            default -> Occur.MUST;
          };
      b.add(part, occur);
    }
    return b.build();
  }

  @Test
  void theThesaurusFilterIsReadLean() {
    QueryBuilder queries = new QueryBuilder();
    Query parsed = queries.userQuery("respite");
    Query filter = queries.matchingQuery("respite");
    assertTrue(filter.toString().contains("text:respit"), filter.toString());
    assertFalse(filter.toString().contains("+text:respit +text:care"), filter.toString());
    // The ranking clauses keep the conjunction: the heading boost still scores both words of "respite care".
    assertTrue(parsed.toString().contains("+headings:respit +headings:care"), parsed.toString());
  }
}
