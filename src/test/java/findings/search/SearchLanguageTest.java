package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.model.FewerWords;
import findings.model.Hit;
import findings.model.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language of children's services: synonyms, acronyms, spelling variants, the query syntax and its help. */
class SearchLanguageTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  static Path index;
  static SearchService search;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = Files.createTempDirectory(tmp, "findings-language").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    search = new SearchService(index);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static SearchPage find(String q) throws Exception {
    return search.search(new SearchRequest(q, Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE));
  }

  static Set<String> ids(String q) throws Exception {
    return find(q).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  @Test
  void anAcronymFindsTheWordsItStandsForAndTheSnippetMarksThem() throws Exception {
    SearchPage uasc = find("UASC");
    Set<String> ids = uasc.hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertTrue(ids.contains("city-of-london-joint-area-review-2007-12-21/23"), "'unaccompanied asylum seekers' found by UASC");
    Hit p23 = uasc.hits().stream().filter(h -> h.id().endsWith("2007-12-21/23")).findFirst().orElseThrow();
    String marked = p23.snippet().replace("</mark> <mark>", " ");
    assertTrue(marked.contains("<mark>unaccompanied asylum seekers</mark>"), p23.snippet());
    // and the other way round
    assertTrue(ids("unaccompanied asylum seeking children").containsAll(ids("\"unaccompanied asylum seekers\"")));
    // An acronym's plural as reports write it ("the number of UASCs", "NEETs") stands for the same set.
    assertEquals(ids("UASC"), ids("UASCs"));
    assertEquals(ids("NEET"), ids("NEETs"));
    assertTrue(ids("family and friends carers").stream().anyMatch(id -> id.startsWith("havering-")), "kinship carers, the new name");
    assertFalse(ids("MAPPA").isEmpty(), "multi-agency public protection arrangements, written out");
    assertEquals(ids("multi-agency public protection arrangements"), ids("MAPPA"));
    // A section of the Children Act as practitioners shorten it: "s47" found nothing, though reports write "Section 47".
    assertFalse(ids("s47").isEmpty());
    assertEquals(ids("\"section 47\""), ids("s47"));
  }

  @Test
  void termsThatReplacedOneAnotherFindEachOther() throws Exception {
    Set<String> childrenInCare = ids("children in care");
    Set<String> lookedAfter = ids("looked after children");
    assertTrue(childrenInCare.contains("city-of-london-joint-area-review-2007-12-21/28"), "2007 wording found by the 2018 term");
    assertTrue(lookedAfter.stream().anyMatch(id -> id.startsWith("city-of-london-self-assessment")), "2018 wording found by the 2007 term");
    assertTrue(ids("SEND").contains("city-of-london-joint-area-review-2007-12-21/35"), "learning difficulties and/or disabilities");
    // in quoted phrases too, both ways
    assertEquals(ids("\"children in care\""), ids("\"looked after children\""));
    assertTrue(ids("\"children in care\"").contains("city-of-london-joint-area-review-2007-12-21/28"));
  }

  /**
   * Words that join others ("of", "the", "with") in plain words typed unquoted are neither required nor marked: the
   * same paragraphs as the content words alone, and snippets that mark what was searched for ("<mark>The</mark> City
   * <mark>of</mark> London" had led the first one). Quoted, explicitly required, or alone, they count.
   */
  @Test
  void functionWordsInPlainWordsAreNeitherRequiredNorMarked() throws Exception {
    SearchPage joined = find("quality of the work with care leavers");
    assertFalse(joined.hits().isEmpty());
    assertEquals(ids("quality work care leavers"), ids("quality of the work with care leavers"));
    for (Hit h : joined.hits()) {
      String snippet = h.snippet().toLowerCase(java.util.Locale.ROOT);
      for (String w : List.of("the", "of", "with")) assertFalse(snippet.contains("<mark>" + w + "</mark>"), h.snippet());
    }
    assertTrue(find("recruitment and retention").hits().stream().noneMatch(h -> h.snippet().contains("<mark>and</mark>")));
    // A question's words too: a question typed as a researcher asks it finds what its content words find.
    assertFalse(ids("quality social work practice").isEmpty());
    assertEquals(ids("quality social work practice"), ids("what is the quality of social work practice"));
    // A phrase keeps them, and so does a word the user required, or a query of nothing else.
    assertTrue(find("\"value for money\"").hits().get(0).snippet().replace("</mark> <mark>", " ").contains("for money</mark>"));
    assertTrue(find("recruitment AND and AND retention").hits().stream().allMatch(h -> h.snippet().contains("<mark>and</mark>")));
    assertFalse(find("to be").hits().isEmpty());
  }

  /**
   * An authority named among the words ("Havering fostering") asks for its reports: their paragraphs on the other
   * words, whether or not a paragraph names the authority (reports seldom name their own), and any other paragraph
   * that names it. It found only the latter: none of Havering's paragraphs on fostering.
   */
  @Test
  void anAuthorityNamedAmongTheWordsFindsItsReportsParagraphs() throws Exception {
    Set<String> havering = search.search(new SearchRequest("fostering", Map.of("authority", List.of("Havering")), 1, 100,
        SearchRequest.Sort.RELEVANCE)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertFalse(havering.isEmpty());
    assertTrue(ids("Havering fostering").containsAll(havering), ids("Havering fostering").toString());
    assertEquals(ids("Havering fostering"), ids("havering's fostering"));
    Set<String> city = ids("City of London care leavers");
    assertTrue(city.size() > ids("\"City of London\" care leavers").size());
    // A name alone is searched as words, as before; so is a query that says how its words combine.
    assertTrue(ids("Havering").size() < find("authority:Havering").total());
    assertTrue(ids("Havering AND fostering").size() < havering.size());
    assertEquals(ids("\"Westminster-based\" fostering"), ids("Westminster-based fostering"), "part of a word is no name");
    // Beside function words alone, a name is searched as words, as it is alone: those whose stem is not the word too.
    assertEquals(ids("Havering"), ids("this Havering"));
    assertEquals(ids("Havering"), ids("was Havering"));
  }

  /**
   * A year among the words ("fostering 2007") asks for that year's reports, as an authority's name does for its
   * reports: their paragraphs on the other words, and any other paragraph that writes the year. It found only the
   * latter, and "care leavers in Westminster 2007" found nothing, though Westminster's 2007 review has five paragraphs
   * on them.
   */
  @Test
  void aYearAmongTheWordsFindsThatYearsReports() throws Exception {
    Set<String> of2007 = search.search(new SearchRequest("fostering", Map.of("year", List.of("2007")), 1, 100,
        SearchRequest.Sort.RELEVANCE)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertTrue(ids("fostering 2007").containsAll(of2007), ids("fostering 2007").toString());
    assertTrue(ids("fostering 2007").containsAll(ids("fostering AND 2007")), "and paragraphs writing the year");
    assertTrue(of2007.size() > ids("fostering AND 2007").size());
    SearchPage westminster = find("care leavers in Westminster 2007");
    assertTrue(westminster.total() > 0);
    assertTrue(westminster.hits().stream().allMatch(h -> h.report().authority().equals("Westminster") || h.text().contains("Westminster")));
    // A span of years asks for each year's reports.
    Set<String> since2015 = search.search(new SearchRequest("fostering", Map.of("year", List.of("2016", "2018")), 1, 100,
        SearchRequest.Sort.RELEVANCE)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertFalse(since2015.isEmpty());
    assertTrue(ids("fostering 2015-2018").containsAll(since2015));
    assertEquals(ids("fostering 2015-2018"), ids("fostering 2015 to 2018"));
    assertTrue(ids("fostering 2015-2018").stream().noneMatch(of2007::contains), "not 2007's");
    assertTrue(ids("fostering since 2015").containsAll(since2015));
    assertEquals(ids("fostering since 2015"), ids("fostering after 2014"));
    assertTrue(ids("fostering before 2010").containsAll(of2007));
    assertTrue(ids("fostering before 2010").stream().noneMatch(since2015::contains), "not 2016's nor 2018's");
    // A year alone, a period and a number that is no year of these reports are searched as words.
    assertEquals(find("text:2007").total(), find("2007").total());
    assertEquals(ids("children AND 1989"), ids("children 1989"));
    assertEquals(ids("\"2016/17\""), ids("2016/17"));
  }

  @Test
  void spellingAndPunctuationVariantsAndPluralsMatch() throws Exception {
    assertEquals(ids("wellbeing"), ids("well-being"));
    assertFalse(ids("wellbeing").isEmpty());
    assertEquals(ids("coordinated"), ids("co-ordinated"));
    assertFalse(ids("coordinated").isEmpty());
    assertEquals(ids("asylum-seeking"), ids("asylum seeking"));
    assertEquals(ids("organization"), ids("organisation"));
    assertEquals(ids("foster carer"), ids("foster carers"));
  }

  @Test
  void queryLanguageWorksAndMalformedQueriesSayWhatIsWrong() throws Exception {
    assertTrue(find("\"respite care\"").total() > 0);
    assertTrue(find("respite OR fostering").total() > find("respite").total());
    assertTrue(find("care NOT respite").total() < find("care").total());
    assertTrue(find("\"care placements\"~3").total() >= find("\"care placements\"").total());
    assertTrue(find("safeguard*").total() > 0);
    for (Hit h : find("care grade:outstanding").hits()) assertEquals("Outstanding", h.grade());
    for (Hit h : find("authority:havering").hits()) assertEquals("Havering", h.report().authority());
    for (Hit h : find("authority:\"City of London\" kind:recommendation").hits()) {
      assertEquals("City of London", h.report().authority());
      assertEquals("recommendation", h.kind());
    }
    assertEquals(find("type:\"joint area review\"").total(), find("year:2007").total());
    assertTrue(find("theme:\"children in care\"").total() > 0);
    for (String bad : List.of("\"unclosed", "(care", "care AND", "colour:red", "*are", "care^^2")) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> find(bad), bad);
      assertEquals("q", e.parameter());
      assertFalse(e.getMessage().isBlank());
    }
  }

  /** A query the parser stops in says what it stopped at and where, in words, not in the parser's grammar. */
  @Test
  void syntaxErrorsNameTheTokenAndWhereItStands() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("care)", "a ')' with no '(' before it (character 5)"),
        Map.entry("AND fostering", "'AND' needs words on both sides (character 1)"),
        Map.entry("~", "'~' must follow a word or a quoted phrase (character 1)"),
        Map.entry("respite OR OR care", "'OR' needs words on both sides (character 12)"),
        Map.entry("care ] leavers", "a ']' with no '[' before it (character 6)"),
        Map.entry("care }", "a '}' with no '{' before it (character 6)"),
        Map.entry("[care]", "a range needs 'TO' and two values"),
        Map.entry("care \\", "a '\\' at the end escapes nothing"),
        Map.entry("\"unclosed", "it ends too early"),
        Map.entry("\"unclosed (65)", "it ends too early"),
        Map.entry("care AND", "it ends too early"),
        // The character counts as typed, not as parsed with the slashes escaped (TypedPunctuation).
        Map.entry("2016/17 and/or care)", "a ')' with no '(' before it (character 20)"),
        Map.entry("/child.*/", "regular expressions (/…/) are not supported"));
    expected.forEach((bad, says) -> {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> find(bad), bad);
      assertTrue(e.getMessage().contains(says), bad + ": " + e.getMessage());
      assertFalse(e.getMessage().contains("Encountered"), bad + ": " + e.getMessage());
    });
  }

  /**
   * Reports write years, roles and choices with a slash ("2016/17", "parents/carers", "and/or"), and users paste
   * them: the slash is part of the words, as in quotes, not the start of a regular expression, which Lucene's syntax
   * would read and refuse.
   */
  @Test
  void aSlashBetweenWordsIsPartOfTheWords() throws Exception {
    SearchPage year = find("2016/17");
    assertTrue(year.total() > 0, "2016/17");
    assertEquals(find("\"2016/17\"").total(), year.total());
    assertTrue(year.hits().stream().anyMatch(h -> h.snippet().contains("<mark>2016/17</mark>")), "2016/17 marked");
    assertEquals(find("parents carers").total(), find("parents/carers").total());
    assertTrue(find("parents/carers").total() > 0);
    assertTrue(find("and/or").total() > 0);
    assertEquals(find("parents").total(), find("parents/").total(), "a slash after a word");
    assertEquals(find("parents carers").total(), find("parents / carers").total(), "a slash alone");
    assertEquals(find("2016\\/17").total(), year.total(), "a slash escaped as Lucene's syntax has it");
  }

  /** A phrase copied from a report or a Word document comes in typographic quotes, and is a phrase all the same. */
  @Test
  void typographicQuotesQuoteAPhrase() throws Exception {
    assertEquals(ids("\"private fostering\""), ids("\u201Cprivate fostering\u201D"));
    assertEquals(ids("\"private fostering\" \"respite care\""), ids("\u201Eprivate fostering\u201C \u00ABrespite care\u00BB"));
    assertTrue(find("\u201Cprivate fostering\u201D").hits().stream().allMatch(h -> h.snippet().toLowerCase(java.util.Locale.ROOT).contains("<mark>private")));
    assertEquals(ids("respite care"), ids("\u201Crespite care"), "a lone one is not an unclosed quote");
  }

  /**
   * A colon pasted with a heading or a time is punctuation; one after a field a user can name still filters, and one
   * that looks like a field name mistyped still says which fields there are. So is an exclamation mark or a question
   * mark ending a word.
   */
  @Test
  void aColonOrAnExclamationMarkIsAnOperatorOnlyWhereItCanBe() throws Exception {
    assertEquals(find("children's services review").total(), find("children's services: review").total());
    assertTrue(find("children's services: review").total() > 0);
    assertEquals(find("safeguarding 10 30").total(), find("safeguarding 10:30").total(), "a time");
    find("see http://www.ofsted.gov.uk/reports"); // an address: no complaint of a field named 'http'
    for (Hit h : find("authority: havering").hits()) assertEquals("Havering", h.report().authority());
    InvalidRequestException typo = assertThrows(InvalidRequestException.class, () -> find("authorty:havering"));
    assertTrue(typo.getMessage().contains("unknown field 'authorty'"), typo.getMessage());
    assertEquals(find("\"services: a\"").total(), find("\"services a\"").total(), "in quotes, as before");
    assertEquals(find("respite care").total(), find("respite care!").total(), "an exclamation mark ending a word");
    assertTrue(find("care !respite").total() < find("care").total(), "one before a word is still NOT");
    // A question typed as one: its question mark is no wildcard ("accommodation?" had found only "accommodations").
    assertFalse(ids("care leavers suitable accommodation").isEmpty());
    assertEquals(ids("care leavers suitable accommodation"), ids("are care leavers in suitable accommodation?"));
    assertEquals(ids("are care leavers in suitable accommodation"), ids("are care leavers in suitable accommodation ?"));
    assertTrue(find("wom?n").total() > 0, "within a word, still a wildcard");
    // A hyphen standing alone is a dash, not a NOT wanting a word; before a word it is still NOT.
    assertEquals(ids("care leavers"), ids("care - leavers"));
    assertEquals(ids("care leavers"), ids("care leavers -"));
    assertEquals(ids("care leavers"), ids("care leavers !"));
    assertTrue(find("care -leavers").total() < find("care").total());
    // Words beside an authority's name that cannot be read are refused as the query typed, where they stand in it.
    InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> find("Havering --fostering"));
    assertFalse(refused.getMessage().contains("cannot read the query: cannot read"), refused.getMessage());
    assertTrue(refused.getMessage().contains("(character 11)"), refused.getMessage());
  }

  /**
   * The stemmer cuts "education" to "educ" and "participation" to "particip": a truncation as researchers type it
   * finds every word the reports write that way, the same paragraphs as all those words ORed, and marks them.
   */
  @Test
  void aWildcardOrAFuzzyWordFindsTheWordsAsTheReportsWriteThem() throws Exception {
    for (String prefix : List.of("educat", "participat", "accommodat")) {
      Set<String> written = new java.util.TreeSet<>();
      try (var seeds = Files.list(Path.of("seeds"))) {
        for (Path seed : seeds.toList()) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + prefix + "[a-z]*").matcher(Files.readString(seed));
          while (m.find()) written.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
      }
      assertFalse(written.isEmpty(), "the seeds write words starting " + prefix);
      SearchPage truncated = find(prefix + "*");
      assertTrue(truncated.total() > 0, prefix + "*");
      SearchPage writtenOut = find(String.join(" OR ", written));
      assertEquals(writtenOut.total(), truncated.total(), prefix + "* against " + written);
      // Ranked as the words written out: not every match alike, in the order of the index.
      assertEquals(writtenOut.hits().stream().map(Hit::id).toList(), truncated.hits().stream().map(Hit::id).toList(),
          prefix + "* ranked against " + written);
      Hit first = truncated.hits().get(0);
      assertTrue(java.util.regex.Pattern.compile("(?i)<mark>" + prefix).matcher(first.snippet()).find(), first.snippet());
    }
    assertEquals(find("organisation OR organisations").total(), find("organi?ations").total(), "a letter left open");
    // The headings and footnotes are stemmed as the text is: a truncation finds their words as written too.
    long inHeadings = find("headings:education OR headings:educational").total();
    assertTrue(inHeadings > 0, "the seeds' headings name education");
    assertEquals(inHeadings, find("headings:educat*").total(), "headings:educat*");
    assertEquals(0, find("zqxw*").total(), "no word written so");
    // A fuzzy word is matched against the words as written too: "fostering" is "foster" in the text.
    long fostering = find("fostering").total();
    assertTrue(fostering > 0);
    assertTrue(find("fostering~1").total() >= fostering, "fostering~1");
    assertTrue(find("fosterring~1").total() >= fostering, "fosterring~1");
    assertTrue(find("educatoin~2").total() >= find("education").total(), "educatoin~2");
  }

  @Test
  void aQueryOfOnlyExclusionsFindsEveryOtherParagraph() throws Exception {
    long all = find("").total();
    long care = find("care").total();
    assertTrue(care > 0 && care < all);
    assertEquals(all - care, find("NOT care").total());
    assertEquals(all - care, find("-care").total());
    assertTrue(find("NOT care").hits().stream().noneMatch(h -> h.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bcar(e|es|ed|ing)\\b.*")));
    assertEquals(all - find("care OR fostering").total(), find("NOT care NOT fostering").total());
  }

  /**
   * Plain words no paragraph holds together: which word stands in the way, and what the others find without it (or
   * without a pair of them, where no single word does). A question typed as a researcher asks it found nothing, and
   * nothing said why.
   */
  @Test
  void wordsNoParagraphHoldsTogetherSayWhatTheRestFind() throws Exception {
    SearchPage question = find("are disabled children getting short breaks");
    assertEquals(0, question.total());
    FewerWords first = question.fewerWords().get(0);
    assertEquals("getting", first.without());
    assertEquals("are disabled children short breaks", first.query());
    assertEquals(find(first.query()).total(), first.total());
    assertTrue(first.total() > 0);
    for (FewerWords fewer : question.fewerWords()) assertTrue(fewer.total() <= first.total(), "the most first");
    // Function words are not offered to leave out, those whose stem is not the word among them ("was", "this").
    assertEquals(List.of("disabled", "children", "getting", "short", "breaks"),
        new QueryBuilder().wordsLeftOut("was this disabled children getting short breaks", false).stream().map(Map.Entry::getKey).toList());

    SearchPage twoAway = find("what do inspectors say about the quality of social work");
    assertFalse(twoAway.fewerWords().isEmpty());
    for (FewerWords fewer : twoAway.fewerWords()) {
      assertEquals(2, fewer.without().split(" ").length, fewer.toString());
      assertEquals(find(fewer.query()).total(), fewer.total(), fewer.toString());
    }
    // Counted with the filters chosen.
    SearchPage filtered = search.search(new SearchRequest("adoption timeliness", Map.of("authority", List.of("Havering")), 1,
        20, SearchRequest.Sort.RELEVANCE));
    FewerWords adoption = filtered.fewerWords().stream().filter(f -> f.without().equals("timeliness")).findFirst().orElseThrow();
    assertEquals(find("adoption authority:Havering").total(), adoption.total());
    assertTrue(adoption.total() < find("adoption").total());
    // Nothing to say where something matches, or where the user chose how the words combine.
    assertEquals(List.of(), find("disabled children short breaks").fewerWords());
    assertEquals(List.of(), find("\"adoption timeliness\"").fewerWords());
    assertEquals(List.of(), find("adoption AND timeliness").fewerWords());
    assertEquals(List.of(), find("zzqx").fewerWords());
  }

  @Test
  void didYouMeanCorrectsMisspeltWords() throws Exception {
    SearchPage page = find("repsite care");
    assertEquals("respite care", page.didYouMean());
    assertEquals("respite care", find("respiet caer").didYouMean(), "letters swapped");
    assertEquals("safeguarding children", find("safegaurdng children").didYouMean(), "two edits away");
    assertNull(find("respite care").didYouMean());
    assertNull(find("UASC").didYouMean(), "a thesaurus word is not a misspelling");
    assertNull(find("unaccompanied asylum seeking children Kent").didYouMean(),
        "an authority's name is no misspelling, though no report here is Kent's (it had offered \"kept\")");
    assertNull(find("fostering Tower Hamlets").didYouMean(), "nor is each word of a longer name");
    assertEquals("fostering Westminster", find("fostering Westminister").didYouMean(), "a misspelt name is");
    SearchPage unwritten = find("fosterings");
    assertEquals(find("fostering").total(), unwritten.total(), "no report writes it, but its stem is indexed");
    assertNull(unwritten.didYouMean(), "a word found through its stem is not a misspelling");
  }

  @Test
  void suggestionsOfferWordsAuthoritiesAndThesaurusTerms() throws Exception {
    assertTrue(search.suggest("resp", 8).stream().anyMatch(s -> s.text().equals("respite")));
    assertTrue(search.suggest("haver", 8).stream().anyMatch(s -> s.text().equals("Havering") && s.kind().equals("authority")));
    assertTrue(search.suggest("unaccompanied asy", 8).stream().anyMatch(s -> s.text().startsWith("unaccompanied asylum")));
  }

  @Test
  void similarFindingsComeFromOtherReports() throws Exception {
    List<Hit> similar = search.similar("city-of-london-joint-area-review-2007-12-21", "23", 5).orElseThrow();
    assertFalse(similar.isEmpty());
    for (Hit h : similar) assertFalse(h.report().id().equals("city-of-london-joint-area-review-2007-12-21"));
    // As many as there are: only paragraphs, never a report's own document (the search has no filter to paragraphs).
    for (Hit h : search.similar("city-of-london-joint-area-review-2007-12-21", "23", 100).orElseThrow()) {
      assertTrue(h.id().startsWith(h.report().id() + "/") && !h.text().isBlank(), h.id());
    }
    assertTrue(search.similar("no-such-report", "1", 5).isEmpty());
  }

  @Test
  void oneThemeWorksAcrossFrameworks() throws Exception {
    SearchPage care = search.search(new SearchRequest("", Map.of("theme", List.of("Children in care")), 1, 100, SearchRequest.Sort.RELEVANCE));
    Set<String> types = care.hits().stream().map(h -> h.report().type()).collect(Collectors.toSet());
    assertTrue(types.contains("Joint area review") && types.contains("Committee report") && types.contains("Self-assessment"), types.toString());
    assertTrue(care.facets().get("theme").size() >= 8, care.facets().get("theme").toString());
  }
}
