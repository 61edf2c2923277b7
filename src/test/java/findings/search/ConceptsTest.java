package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Vocabulary;
import findings.model.Hit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quoted thesaurus phrases are answered from the concept terms indexed for their sets: they must find exactly the
 * paragraphs that the query-time expansion into every phrase of the set finds, for every term of the thesaurus.
 */
class ConceptsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  static SearchService concepts;
  static SearchService expanded;

  @BeforeAll
  static void indexSeeds() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-concepts").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    concepts = new SearchService(index);
    expanded = new SearchService(index, new QueryBuilder(true, false));
  }

  @AfterAll
  static void close() throws Exception {
    concepts.close();
    expanded.close();
  }

  private static List<String> found(SearchService service, String query) throws Exception {
    List<String> ids = new ArrayList<>();
    service.export(new SearchRequest(query, Map.of(), 1, 20, SearchRequest.Sort.DATE), hit -> ids.add(hit.id()));
    return ids;
  }

  @Test
  void everyThesaurusTermQuotedOrNotFindsWhatItsExpansionFinds() throws Exception {
    int withMatches = 0;
    for (String term : Vocabulary.get().terms()) {
      String quoted = "\"" + term + "\"";
      List<String> viaConcept = found(concepts, quoted);
      assertEquals(found(expanded, quoted), viaConcept, quoted);
      if (!viaConcept.isEmpty()) withMatches++;
      // With a slop: Lucene reads a thesaurus phrase as its set's exact phrases whatever the slop, and so does the
      // concept term that now answers it (and the proximity boost of every unquoted term).
      assertEquals(found(expanded, quoted + "~3"), found(concepts, quoted + "~3"), quoted + "~3");
      // and inside a larger query
      assertEquals(found(expanded, quoted + " AND children"), found(concepts, quoted + " AND children"), quoted + " AND children");
      // Unquoted, the words match anywhere in the paragraph as before: concept terms only rank (exact phrases first).
      assertEquals(found(expanded, term), found(concepts, term), term);
    }
    assertTrue(withMatches > 50, "the seeds hold phrases of many sets: " + withMatches);
  }

  @Test
  void aQuotedThesaurusTermIsOneConceptTermAndOtherPhrasesAreNot() {
    QueryBuilder queries = new QueryBuilder();
    assertEquals(List.of("\uE001"), conceptPrefixes(queries.userQuery("\"looked after children\"")));
    assertEquals(List.of("\uE001"), conceptPrefixes(queries.userQuery("\"Looked-After Children\"")));
    // With a slop too, as Lucene matches only the set's exact phrases then (the first test).
    assertEquals(List.of("\uE001"), conceptPrefixes(queries.userQuery("\"looked after children\"~2")));
    // Another phrase, the words of a term not quoted, or a phrase that merely stems alike keep their own meaning.
    assertEquals(List.of(), conceptPrefixes(queries.userQuery("\"looked after children services\"")));
    assertEquals(List.of(), conceptPrefixes(queries.userQuery("\"young carers\"~2")));
    assertEquals(List.of(), conceptPrefixes(queries.userQuery("\"looking after children\"")));
    assertEquals(List.of(), conceptPrefixes(new QueryBuilder(false).userQuery("\"looked after children\"")));
    // Unquoted, the phrases of the set rank as its concept term; the matching clause stays words anywhere.
    assertTrue(conceptPrefixes(queries.userQuery("looked after children")).size() >= 1);
    assertEquals(List.of(), conceptPrefixes(queries.userQuery("looked after")));
  }

  /**
   * Words holding two thesaurus terms rank their own words close together, not every combination of the two sets'
   * phrases (Lucene's reading of their phrase: 28 exact phrases for these three words); matching is unchanged.
   */
  @Test
  void wordsHoldingTwoThesaurusTermsAreNotReadAsEveryCombinationOfPhrases() throws Exception {
    List<Query> phrases = QueryBuilder.leaves(new QueryBuilder().userQuery("disabled children respite")).stream()
        .filter(org.apache.lucene.search.PhraseQuery.class::isInstance).toList();
    assertEquals(1, phrases.size(), "the own words within a few of each other only: " + phrases);
    assertEquals(found(expanded, "disabled children respite"), found(concepts, "disabled children respite"));
    assertTrue(!found(concepts, "disabled children respite").isEmpty(), "the seeds hold disabled children and respite");
  }

  private static List<String> conceptPrefixes(Query query) {
    List<String> out = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) if (t.text().startsWith("\uE001")) out.add("\uE001");
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return out;
  }

  @Test
  void theSnippetMarksTheWholePhraseAndTheLongerOfTwoThatOverlap() throws Exception {
    Hit hit = concepts.search(new SearchRequest("\"youth offending\"", Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE))
        .hits().stream().filter(h -> h.snippet().contains("commission our")).findFirst().orElseThrow();
    // "youth offending" and "youth offending service" are terms of one set, and both stand here.
    assertTrue(hit.snippet().contains("<mark>Youth Offending Service</mark>"), hit.snippet());
    Hit uasc = concepts.search(new SearchRequest("\"UASC\"", Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE))
        .hits().stream().filter(h -> h.snippet().contains("housed and cared for")).findFirst().orElseThrow();
    assertTrue(uasc.snippet().contains("<mark>Unaccompanied asylum seeking children</mark> (<mark>UASC</mark>)"), uasc.snippet());
  }

  /**
   * Unquoted, a thesaurus term matches its equivalents' words anywhere in a paragraph; every paragraph it finds must
   * show something marked, so that a reader sees why it was found ("young people seeking asylum" for "UASC" has no
   * exact equivalent in it, and its snippet was the paragraph's opening sentences with nothing marked).
   */
  @Test
  void everyParagraphFoundByAThesaurusTermShowsAMark() throws Exception {
    int checked = 0;
    for (String term : Vocabulary.get().terms()) {
      for (Hit hit : concepts.search(new SearchRequest(term, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE)).hits()) {
        assertTrue(hit.snippet().contains("<mark>"), term + " → " + hit.id() + ": " + hit.snippet());
        checked++;
      }
    }
    assertTrue(checked > 500, "paragraphs checked: " + checked);
    Hit asylum = concepts.search(new SearchRequest("UASC", Map.of("grade", List.of("Good")), 1, 20, SearchRequest.Sort.RELEVANCE))
        .hits().stream().filter(h -> h.text().contains("young people seeking asylum")).findFirst().orElseThrow();
    assertTrue(asylum.snippet().contains("<mark>young</mark> <mark>people</mark> <mark>seeking</mark> <mark>asylum</mark>"), asylum.snippet());
  }
}
