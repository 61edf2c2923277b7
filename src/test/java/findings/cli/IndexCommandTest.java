package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import findings.model.Json;
import findings.model.SearchPage;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and search commands as a user runs them: exit codes, messages, incremental re-indexing. */
class IndexCommandTest {
  @TempDir Path tmp;
  Path seeds;
  Path index;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void copySeeds() throws Exception {
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
    }
    index = tmp.resolve("index");
  }

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private long[] counts() throws Exception {
    try (SearchService s = new SearchService(index)) {
      return s.counts();
    }
  }

  private long total(String query) throws Exception {
    try (SearchService s = new SearchService(index)) {
      return s.search(SearchRequest.of(query)).total();
    }
  }

  @Test
  void indexesTheSeedsThenDoesNoWorkOnUnchangedFiles() throws Exception {
    Run first = run("index", "--index", index.toString(), seeds.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("5 indexed (617 paragraphs), 0 unchanged, 0 removed, 0 rejected"), first.out());
    assertTrue(first.out().contains("000_1cb2265a1d41d5cf.txt → city-of-london-joint-area-review-2007-12-21: 74 paragraphs, 5 graded areas"), first.out());
    assertEquals(5, counts()[0]);
    assertEquals(617, counts()[1]);

    Run again = run("index", "--index", index.toString(), seeds.toString());
    assertEquals(0, again.exit());
    assertTrue(again.out().contains("0 indexed (0 paragraphs), 5 unchanged, 0 removed, 0 rejected"), again.out());
    assertEquals(617, counts()[1]);
  }

  @Test
  void aChangedFileReplacesItsParagraphsAndADeletedFileTakesThemAway() throws Exception {
    assertEquals(0, run("index", "--index", index.toString(), seeds.toString()).exit());
    long peterborough = total("Peterborough");
    assertTrue(peterborough > 0);
    Path cityJar = seeds.resolve("000_1cb2265a1d41d5cf.txt");
    assertEquals(0, total("zanzibar"));
    String text = Files.readString(cityJar).replace("Peterborough", "Zanzibar");
    Files.writeString(cityJar, text);
    Files.setLastModifiedTime(cityJar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Run changed = run("index", "--index", index.toString(), seeds.toString());
    assertTrue(changed.out().contains("1 indexed (74 paragraphs), 4 unchanged"), changed.out());
    assertEquals(peterborough, total("zanzibar"));
    assertEquals(0, total("Peterborough"));
    assertEquals(617, counts()[1], "the old paragraphs were replaced, not added to");

    Files.delete(seeds.resolve("004_0c46a5a91f508f7b.txt"));
    Run deleted = run("index", "--index", index.toString(), seeds.toString());
    assertTrue(deleted.out().contains("1 removed"), deleted.out());
    assertEquals(4, counts()[0]);
    assertEquals(617 - 110, counts()[1]);
  }

  @Test
  void badFilesAreNamedWithTheirReasonAndTheGoodOnesStillIndexed() throws Exception {
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    Files.write(seeds.resolve("junk.pdf"), new byte[] {1, 2, 3, 4, 5, 0, 7, 8, 9});
    Run r = run("index", "--index", index.toString(), seeds.toString(), tmp.resolve("missing").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    assertTrue(r.err().contains("junk.pdf: not a readable PDF"), r.err());
    assertTrue(r.err().contains("missing: no such file or folder"), r.err());
    assertEquals(5, counts()[0]);
    assertTrue(total("unaccompanied asylum seekers") > 0);
  }

  @Test
  void searchFindsTheUnaccompaniedAsylumSeekersWithAuthorityYearSectionGradeAndCitation() throws Exception {
    run("index", "--index", index.toString(), seeds.toString());
    Run text = run("search", "--index", index.toString(), "unaccompanied asylum seekers");
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("city-of-london-joint-area-review-2007-12-21/23"), text.out());
    assertTrue(text.out().contains("City of London | 2007 | Joint area review | Looked after children and young people | grade: Outstanding"), text.out());
    assertTrue(text.out().contains("Joint area review: City of London (Ofsted, published 21 December 2007), paragraph 23"));

    Run json = run("search", "--index", index.toString(), "--json", "--authority", "City of London", "unaccompanied asylum seekers");
    JsonNode body = Json.MAPPER.readTree(json.out());
    assertTrue(body.get("total").asLong() >= 3);
    for (JsonNode hit : body.get("hits")) assertEquals("City of London", hit.get("report").get("authority").asText());
    // multi-select: the authority facet still counts Westminster while City of London is chosen
    List<String> authorities = body.get("facets").get("authority").findValuesAsText("value");
    assertTrue(authorities.contains("Westminster"), authorities.toString());
    JsonNode p23 = null;
    for (JsonNode hit : body.get("hits")) if (hit.get("id").asText().endsWith("review-2007-12-21/23")) p23 = hit;
    assertEquals("Outstanding", p23.get("grade").asText());
    assertEquals("/reports/city-of-london-joint-area-review-2007-12-21#p23", p23.get("url").asText());
    assertTrue(p23.get("snippet").asText().replace("</mark> <mark>", " ").contains("<mark>unaccompanied asylum seekers</mark>"));

    try (SearchService s = new SearchService(index)) {
      SearchPage page = s.search(new SearchRequest("unaccompanied asylum seekers", Map.of("authority", List.of("City of London")), 1, 20, SearchRequest.Sort.RELEVANCE));
      assertEquals(page.total(), body.get("total").asLong(), "--json prints what the service returns");
    }
  }

  @Test
  void aBadQueryIsAClearMessageNotAStackTrace() throws Exception {
    run("index", "--index", index.toString(), seeds.toString());
    Run r = run("search", "--index", index.toString(), "\"unclosed phrase");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("findings: q: cannot read the query"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anIndexWrittenByAnotherVersionIsRebuiltFromItsSourcesAndThenFindsPhrasesByWordPairs() throws Exception {
    assertEquals(0, run("index", "--index", index.toString(), seeds.toString()).exit());
    // What an index from before word pairs looks like to this version.
    OtherVersionIndex.mark(index, "1");
    // Searched as it stands, it would miss what it lacks (quoted thesaurus phrases are concept terms): refused, clearly.
    Run refused = run("search", "--index", index.toString(), "\"looked after children\"");
    assertEquals(1, refused.exit(), refused.out());
    assertTrue(refused.err().contains("written by another version of Findings") && refused.err().contains("findings index"), refused.err());
    Run again = run("index", "--index", index.toString(), seeds.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("another version of Findings"), again.out());
    assertTrue(again.out().contains("5 indexed"), again.out());
    Run third = run("index", "--index", index.toString(), seeds.toString());
    assertTrue(third.out().contains("0 indexed") && third.out().contains("5 unchanged"), third.out());
    try (SearchService s = new SearchService(index)) {
      assertTrue(s.search(new SearchRequest("\"private fostering\"", Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).total() > 0);
      assertTrue(s.search(new SearchRequest("\"looked after children\"", Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).total() > 0);
    }
  }

  @Test
  void anIndexWhoseFieldsWereIndexedAnotherWayIsRebuiltEmptyFirst() throws Exception {
    // An older version indexed a field of this name with other index options (only which documents hold a word):
    // Lucene refuses to add the field with term frequencies beside it, so replacing report by report cannot work.
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      var old = new org.apache.lucene.document.Document();
      old.add(new org.apache.lucene.document.StringField("spell", "respite", org.apache.lucene.document.Field.Store.NO));
      old.add(new org.apache.lucene.document.StringField("source", "gone.txt", org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(old);
      writer.setLiveCommitData(Map.of("findings.schema", "7/old").entrySet());
      writer.commit();
    }
    Run rebuilt = run("index", "--index", index.toString(), seeds.toString());
    assertEquals(0, rebuilt.exit(), rebuilt.err());
    assertTrue(rebuilt.out().contains("another version of Findings") && rebuilt.out().contains("5 indexed"), rebuilt.out());
    try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      // the seeds' 617 paragraphs and 5 report documents, and nothing of the old index
      assertEquals(622, reader.numDocs());
    }
    try (SearchService s = new SearchService(index)) {
      assertTrue(s.search(new SearchRequest("respite", Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).total() > 0);
      assertEquals("respite care", s.search(new SearchRequest("repsite care", Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).didYouMean());
    }
    Run misspelt = run("search", "--index", index.toString(), "repsite care");
    assertTrue(misspelt.out().contains("Did you mean \"respite care\"?"), misspelt.out());
  }
}
