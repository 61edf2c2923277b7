package findings.search;

import findings.index.Analyzers;
import findings.index.Concepts;
import findings.index.Fields;
import findings.index.FunctionWords;
import findings.model.RecentlyUsed;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/** Turns the text a user typed into a Lucene query over paragraph text, or a clear message saying what is wrong. */
public final class QueryBuilder {
  private final Analyzer analyzer;
  private final Analyzer plainAnalyzer;
  private final boolean synonyms;
  private final boolean concepts;

  /** @param synonyms whether to expand the thesaurus (off only for measuring what it adds) */
  public QueryBuilder(boolean synonyms) {
    this(synonyms, synonyms);
  }

  /** @param concepts whether thesaurus phrases become their sets' concept terms (off only to test them against the expansion) */
  QueryBuilder(boolean synonyms, boolean concepts) {
    this.synonyms = synonyms;
    this.concepts = synonyms && concepts;
    this.analyzer = Analyzers.perFieldQuery(synonyms);
    this.plainAnalyzer = Analyzers.perFieldQuery(false);
  }

  public QueryBuilder() {
    this(true);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Parsed queries by the text typed, least recently used dropped past a few hundred. Parsing runs the text through
   * the thesaurus several times (matching, ranking, proximity and heading clauses), about a millisecond, which is
   * most of a search on a small index; paging, re-sorting, ticking facets and Back all send the same text again.
   * Lucene queries are immutable, so one parse serves every search that repeats it.
   */
  private final RecentlyUsed<String, Parsed> parsed = new RecentlyUsed<>(512);
  private final RecentlyUsed<String, Query> marking = new RecentlyUsed<>(512);
  private final RecentlyUsed<String, Query> words = new RecentlyUsed<>(512);

  /**
   * A query in the three shapes its searches need: for the top of a ranking, for a ranking of every match (an export,
   * a search of few matches counted as it is ranked), and for what matches, unscored (counts, an order by date). All
   * three match the same paragraphs, and the first two score each alike. Mostly they are one query; they differ for
   * a plain query with thesaurus terms ({@link #rankedBesideMatching}).
   */
  private record Parsed(Query top, Query every, Query matching, ProximityWindow.Split split) {
    Parsed(Query all, ProximityWindow.Split split) {
      this(all, all, all, split);
    }
  }

  /**
   * The user's query (what the highlighter marks) as it ranks the top of its matches, or match-all for an empty query.
   * It may find the top by skipping paragraphs that cannot reach it, and be slower than {@link #everyMatchRanked} at
   * scoring every match.
   */
  public Query userQuery(String text) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    return parsed.get(text, this::parse).top(); // a query that cannot be read throws, and is not remembered
  }

  /** The same ranking as {@link #userQuery}, shaped for a search that scores every match. */
  public Query everyMatchRanked(String text) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    return parsed.get(text, this::parse).every();
  }

  /**
   * {@link #userQuery} without its proximity boosts, and the words as an exact phrase: the two first rankings whose
   * tops {@link ProximityWindow} ranks by the whole query; empty when the query has no such boosts.
   */
  public Optional<ProximityWindow.Split> proximitySplit(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    return Optional.ofNullable(parsed.get(text, this::parse).split());
  }

  /**
   * What decides which paragraphs {@link #userQuery} matches, without its ranking: the same paragraphs, for searches
   * that need no scores (counting, sorting by date). Counting through {@link #userQuery} would visit every paragraph
   * that any of its clauses matches where its ranking clauses stand beside the matching one.
   */
  public Query matchingQuery(String text) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    return parsed.get(text, this::parse).matching();
  }

  /**
   * Thesaurus phrases read as their sets' concept terms: a quoted term matches by it, an unquoted one ranks and is
   * marked by it. Only with the thesaurus on (the baseline has none).
   */
  private Concepts concepts() {
    return concepts ? Concepts.get() : null;
  }

  private Parsed parse(String typed) {
    TypedPunctuation literal = TypedPunctuation.of(typed);
    String text = literal.text();
    // Every word must appear unless the user says OR: researchers narrow by adding words. A multi-word synonym
    // matches its words anywhere in the paragraph ("children who are looked after" for "looked after children"):
    // recall first; the proximity boost below ranks the close matches higher.
    QueryParser parser = thesaurusParser(false);
    parser.setAllowLeadingWildcard(false);
    try {
      Optional<Parsed> withinNamed = withinNamed(text);
      if (withinNamed.isPresent()) return withinNamed.get();
      // One flat query: what matches is decided by the first clause, how it ranks by the optional clauses beside it.
      // Kept flat, Lucene's rewrite merges clauses that repeat (a single word is the same query in every role) and
      // the top hits can be found by skipping paragraphs that cannot reach the page.
      Query loose = everythingBut(contentWords(text, parser.parse(text)));
      // The same parse is what marks a paragraph found by an equivalent's words (wordsMarkingQuery): kept, not redone.
      words.put(typed, loose);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      if (text.contains("\"")) {
        // A quoted phrase already matches its synonyms as exact phrases; loosening them to sloppy phrases as well
        // would only add cost (sloppy phrases of common words are the slowest queries at a million paragraphs).
        query.add(loose, BooleanClause.Occur.MUST);
      } else {
        // What matches is decided loosely (above); how it ranks, by the same query with each multi-word synonym
        // as a phrase whose words may stand a few apart: "children who are looked after" scores for "looked after
        // children", "children ... in ... care" scattered across a paragraph matches but does not score.
        Query ranking = withSlop(contentWords(text, thesaurusParser(true).parse(text)), SYNONYM_SLOP);
        if (ranking.equals(loose)) {
          query.add(loose, BooleanClause.Occur.MUST); // no multi-word synonym: the same query ranks as it matches
        } else if (isPlain(text)) {
          return rankedBesideMatching(text, matchingOnly(loose), ranking);
        } else {
          Query matching = matchingOnly(loose);
          Optional<Query> once = requiredOnce(matching, ranking);
          if (once.isPresent()) {
            query.add(once.get(), BooleanClause.Occur.MUST);
          } else {
            query.add(matching, BooleanClause.Occur.FILTER);
            query.add(ranking, BooleanClause.Occur.SHOULD);
          }
        }
      }
      if (!isPlain(text)) return new Parsed(foldRepeats(query.build()), null);
      PlainBoosts boosts = plainBoosts(text);
      for (Query boost : boosts.inText()) query.add(boost, BooleanClause.Occur.SHOULD);
      query.add(boosts.underHeading(), BooleanClause.Occur.SHOULD);
      Query folded = foldRepeats(query.build());
      return new Parsed(folded, ProximityWindow.split(folded, ownWords().parse("\"" + text.strip() + "\"")));
    } catch (ParseException e) {
      throw new InvalidRequestException("q", "cannot read the query: " + plainMessage(e, literal));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("q", "query has too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")");
    } catch (RuntimeException e) {
      throw new InvalidRequestException("q", "cannot read the query: " + e.getMessage());
    }
  }

  /**
   * What the highlighter marks: the user's words, and each thesaurus equivalent as an exact phrase, without the
   * ranking clauses. Highlighting re-runs its query on every shown paragraph, so it gets the smallest one that marks
   * the same words.
   */
  public Query markingQuery(String text) {
    // A concept term marks its whole phrase from the offsets indexed with it, without matching a dozen phrases again.
    return marking(marking, text, true, this::userQuery);
  }

  /**
   * What marks a paragraph that {@link #markingQuery} marks nothing in: the matching query, whose thesaurus
   * equivalents are their words anywhere in the paragraph, as they are matched. Marks each of those words where it
   * stands ("young people seeking asylum" for "UASC", which has no exact equivalent there). Kept when the query is
   * parsed ({@link #userQuery}); parsed again only when it has been dropped since.
   */
  public Query wordsMarkingQuery(String text) {
    return marking(words, text, false, this::markingQuery);
  }

  /** A marking query parsed once per text (see {@link #thesaurusParser}); {@code otherwise} for one that cannot be read so. */
  private Query marking(RecentlyUsed<String, Query> parsedBefore, String text, boolean synonymPhrases,
      Function<String, Query> otherwise) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    return parsedBefore.get(text, t -> {
      try {
        String typed = TypedPunctuation.of(t).text();
        return contentWords(typed, thesaurusParser(synonymPhrases).parse(typed));
      } catch (ParseException | RuntimeException e) {
        return otherwise.apply(t);
      }
    });
  }

  /**
   * A parser of the user's words with the thesaurus, as every role reads them: each word required unless the user
   * says OR, and whole runs of words handed to the analyser, so that multi-word synonyms are seen; each multi-word
   * synonym a phrase when {@code synonymPhrases}, else its words anywhere in the paragraph.
   */
  private QueryParser thesaurusParser(boolean synonymPhrases) {
    QueryParser parser = new FindingsQueryParser(analyzer, concepts());
    parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(synonymPhrases);
    return parser;
  }

  /**
   * Plain words that name an authority or a year beside other words ("Havering fostering", "City of London care
   * leavers", "fostering 2007"): the other words, in that authority's or that year's reports, or in paragraphs that
   * write the name or the year. They found only the paragraphs whose text writes it, and a report seldom names its
   * own authority or year in its findings: "Havering fostering" found none of Havering's six paragraphs on fostering
   * in the seeds, and "care leavers in Westminster 2007" nothing at all. Authorities' names and their forms
   * are the gazetteer's, as reports are tagged by. Empty for any other query; a name or a year alone is searched as
   * words, as before. Both in one query ("Westminster 2007") narrow by both: the rest is read again the same way.
   */
  private Optional<Parsed> withinNamed(String text) throws ParseException {
    if (!isPlain(text)) return Optional.empty();
    String words = SPACES.matcher(text.strip()).replaceAll(" "); // the gazetteer's offsets are then the text's own
    Optional<Named> named = authorityNamed(words).or(() -> yearNamed(words));
    if (named.isEmpty()) return Optional.empty();
    String rest = (words.substring(0, named.get().start()) + words.substring(named.get().end())).strip();
    if (Arrays.stream(rest.split(" ")).allMatch(FunctionWords.get()::isTyped)) {
      return Optional.empty();
    }
    Parsed within;
    try {
      within = parsed.get(rest, this::parse);
    } catch (InvalidRequestException e) {
      return Optional.empty(); // refused as the whole text: its message then says where in what was typed
    }
    QueryParser names = new FindingsQueryParser(plainAnalyzer);
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    for (String value : named.get().values()) {
      filter.add(names.parse(named.get().field() + ":\"" + value + "\""), BooleanClause.Occur.SHOULD);
    }
    filter.add(names.parse("\"" + words.substring(named.get().start(), named.get().writtenEnd()) + "\""), BooleanClause.Occur.SHOULD);
    // No proximity window: its first rankings would not know the filter.
    Query filtering = filter.build();
    return Optional.of(new Parsed(filtered(within.top(), filtering), filtered(within.every(), filtering),
        filtered(within.matching(), filtering), null));
  }

  /**
   * An authority, a year or a span of years named in the words, from {@code start} to {@code end} (a possessive
   * included), its text to be found up to {@code writtenEnd}, and the field and values its reports are tagged with.
   */
  private record Named(int start, int writtenEnd, int end, String field, List<String> values) {}

  /** The first authority's name that stands as whole words; an ordinary word ("reading") only with its capital. */
  private static Optional<Named> authorityNamed(String words) {
    return Authorities.GAZETTEER.mentions(words).stream()
        .filter(m -> standsAlone(words, m.start(), wordEnd(words, m.end())))
        .filter(m -> !ORDINARY_WORDS.contains(words.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))
            || Character.isUpperCase(words.charAt(m.start())))
        .findFirst()
        .map(m -> new Named(m.start(), m.end(), wordEnd(words, m.end()), Fields.AUTHORITY, List.of(m.authority().name())));
  }

  /**
   * The first span of years ("2015-2018", "2015 to 2018": each year's reports; "since 2015", "after 2015", "before
   * 2010": up to this year or from 2000), or else year of this century's reports written as a word ("2007"), not as
   * part of one ("2016/17", "2007-08") nor in a number of another kind ("1989", the Children Act's).
   */
  private static Optional<Named> yearNamed(String words) {
    Matcher span = YEARS.matcher(words);
    while (span.find()) {
      int from = Integer.parseInt(span.group(1));
      int to = Integer.parseInt(span.group(2));
      if (from < to && standsAlone(words, span.start(), span.end())) {
        return Optional.of(new Named(span.start(), span.end(), span.end(), Fields.YEAR, years(from, to)));
      }
    }
    Matcher side = SIDE_OF_A_YEAR.matcher(words);
    while (side.find()) {
      if (!standsAlone(words, side.start(), side.end())) continue;
      int year = Integer.parseInt(side.group(2));
      int thisYear = Year.now().getValue();
      List<String> years = switch (side.group(1).toLowerCase(Locale.ROOT)) {
        case "before" -> years(FIRST_YEAR, year - 1);
        case "after" -> years(year + 1, thisYear);
        default -> years(year, thisYear); // since, from
      };
      if (!years.isEmpty()) return Optional.of(new Named(side.start(), side.end(), side.end(), Fields.YEAR, years));
    }
    Matcher year = YEAR.matcher(words);
    while (year.find()) {
      if (standsAlone(words, year.start(), year.end())) {
        return Optional.of(new Named(year.start(), year.end(), year.end(), Fields.YEAR, List.of(year.group())));
      }
    }
    return Optional.empty();
  }

  private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])20[0-3]\\d(?![\\p{L}\\p{N}])");
  private static final Pattern YEARS = Pattern.compile("(20[0-3]\\d)(?:-| (?i:to) )(20[0-3]\\d)");
  private static final Pattern SIDE_OF_A_YEAR = Pattern.compile("(?i)(since|from|after|before) (20[0-3]\\d)");
  /** The first year a "before" reaches back to: Ofsted's first joint area reviews were published in 2005. */
  private static final int FIRST_YEAR = 2000;

  private static List<String> years(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
  }

  /** Where a name ending at {@code end} ends as a word: after its possessive, if it has one ("Havering's fostering"). */
  private static int wordEnd(String words, int end) {
    return words.startsWith("'s", end) || words.startsWith("’s", end) ? end + 2 : end;
  }

  /** Whether the words from {@code start} to {@code end} are whole words of the text, not part of one ("Westminster-based"). */
  private static boolean standsAlone(String words, int start, int end) {
    return (start == 0 || words.charAt(start - 1) == ' ') && (end == words.length() || words.charAt(end) == ' ');
  }

  /**
   * Authorities' names that are also ordinary words ("reading age", "slough"): alone they name the authority only
   * typed with their capital ("Reading"); their longer forms ("Reading Borough Council") in any case.
   */
  private static final Set<String> ORDINARY_WORDS = Set.of("reading", "bury", "slough", "harrow");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
  }

  /**
   * A parsed query of words the user typed, without the clauses of its function words ({@link FunctionWords}: "of",
   * "the", "with") unless the user required each word ("quality AND of", "+the"): every word of plain text is required
   * only because researchers narrow by adding words, and a paragraph about the quality of work with care leavers need
   * not hold "the"; nor are they marked in its snippet.
   */
  private static Query contentWords(String text, Query parsed) {
    return REQUIRED_BY_USER.matcher(text).find() ? parsed : withoutFunctionWords(parsed);
  }

  private static final Pattern REQUIRED_BY_USER = Pattern.compile("(?:^|[\\s(])\\+\\S|\\bAND\\b");

  /**
   * The query without its function words' clauses where other words remain to match. At its top level only: a
   * thesaurus term's own words ("children in care", "out of area") and a phrase's keep theirs, and a query of nothing
   * but function words ("to be") is left whole.
   */
  static Query withoutFunctionWords(Query q) {
    if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 0) return q;
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    boolean dropped = false;
    boolean othersMatch = false;
    for (BooleanClause c : b.clauses()) {
      boolean positive = c.occur() != BooleanClause.Occur.MUST_NOT;
      if (positive && c.query() instanceof TermQuery t && FunctionWords.get().contains(t.getTerm().text())) {
        dropped = true;
      } else {
        kept.add(c);
        othersMatch |= positive;
      }
    }
    return dropped && othersMatch ? kept.build() : q;
  }

  /**
   * Words required one and all ("disabled AND children AND respite") read twice, to match ({@code matching}: the
   * thesaurus term's words anywhere) and to rank ({@code ranking}: its phrases), as one conjunction: each clause the
   * two readings share once, required and scoring; where they differ, the matching one as a filter and the ranking
   * one beside it, scoring where it matches. The two readings stood side by side, so every search read the shared
   * words' postings twice ("children", in most paragraphs, among them). The same paragraphs match, and those the
   * ranking reading matches score as before; the rest, which scored nothing, score for the shared words. Empty
   * unless both are conjunctions of the same clauses, clause for clause, but for thesaurus terms.
   */
  static Optional<Query> requiredOnce(Query matching, Query ranking) {
    if (!(matching instanceof BooleanQuery m) || !(ranking instanceof BooleanQuery r)
        || m.getMinimumNumberShouldMatch() != 0 || r.getMinimumNumberShouldMatch() != 0 || m.clauses().size() != r.clauses().size()) {
      return Optional.empty();
    }
    BooleanQuery.Builder once = new BooleanQuery.Builder();
    for (int i = 0; i < m.clauses().size(); i++) {
      BooleanClause matches = m.clauses().get(i);
      BooleanClause ranks = r.clauses().get(i);
      if (matches.occur() != ranks.occur() || matches.occur() == BooleanClause.Occur.SHOULD) return Optional.empty();
      if (matches.query().equals(ranks.query())) {
        once.add(ranks);
      } else if (matches.occur() == BooleanClause.Occur.MUST) {
        once.add(matches.query(), BooleanClause.Occur.FILTER);
        once.add(ranks.query(), BooleanClause.Occur.SHOULD);
      } else {
        return Optional.empty(); // an exclusion or a filter read two ways: left as it stands
      }
    }
    return Optional.of(once.build());
  }

  /**
   * Plain words, two to {@value #MOST_WORDS_LEFT_OUT} of them besides function words: each word that may be left out
   * ("getting" of "are disabled children getting short breaks"), or with {@code two} each pair of them where there
   * are three to {@value #MOST_PAIRS_LEFT_OUT} ("inspectors say" of "what do inspectors say about the quality of social
   * work"), with the rest of the text, in the order typed. Empty for any other query, whose user chose how its words
   * combine.
   */
  public List<Map.Entry<String, String>> wordsLeftOut(String text, boolean two) {
    if (text == null || text.isBlank() || !isPlain(text)) return List.of();
    String[] typed = SPACES.split(text.strip());
    List<Integer> content = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < typed.length; i++) {
      if (!FunctionWords.get().isTyped(typed[i]) && seen.add(typed[i].toLowerCase(Locale.ROOT))) content.add(i);
    }
    if (content.size() < (two ? 3 : 2) || content.size() > (two ? MOST_PAIRS_LEFT_OUT : MOST_WORDS_LEFT_OUT)) return List.of();
    List<List<Integer>> leftOut = new ArrayList<>();
    for (int a = 0; a < content.size(); a++) {
      if (!two) leftOut.add(List.of(content.get(a)));
      else for (int b = a + 1; b < content.size(); b++) leftOut.add(List.of(content.get(a), content.get(b)));
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (List<Integer> these : leftOut) {
      List<String> without = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < typed.length; i++) (these.contains(i) ? without : rest).add(typed[i]);
      out.add(Map.entry(String.join(" ", without), String.join(" ", rest)));
    }
    return out;
  }

  private static final int MOST_WORDS_LEFT_OUT = 10;
  private static final int MOST_PAIRS_LEFT_OUT = 6;

  private boolean isPlain(String text) {
    String t = text.strip();
    return PLAIN_WORDS.matcher(t).matches() && !OPERATOR_WORD.matcher(t).find();
  }

  /** A parser of the user's own words, without the thesaurus. */
  private QueryParser ownWords() {
    QueryParser own = new FindingsQueryParser(plainAnalyzer);
    own.setDefaultOperator(QueryParserBase.AND_OPERATOR);
    own.setSplitOnWhitespace(false);
    return own;
  }

  /** The user's own words close together, or a thesaurus equivalent as a phrase. */
  private Query ownWordsOrExactEquivalents(String text) throws ParseException {
    QueryParser own = ownWords();
    QueryParser equivalents = thesaurusParser(true);
    return new BooleanQuery.Builder()
        .add(own.parse("\"" + text.strip().replace("\"", "") + "\"~" + PROXIMITY), BooleanClause.Occur.SHOULD)
        .add(contentWords(text, equivalents.parse(text)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * A query of nothing but exclusions ({@code NOT care}, {@code -care}) as every paragraph but those: Lucene's reading
   * matches nothing, as if nothing were left, where a reader asking to leave some paragraphs out means the others.
   */
  static Query everythingBut(Query q) {
    if (!(q instanceof BooleanQuery b) || b.clauses().isEmpty()
        || !b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      return q;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    for (BooleanClause c : b.clauses()) all.add(c);
    return all.build();
  }

  /**
   * The same ranking with every optional clause that repeats a required one folded into it, its boost added, and so
   * too where the repeat is one part of an optional choice (the rest of the choice stays optional). A
   * single word is the same query in the matching, ranking, proximity and equivalents roles; Lucene's rewrite merges
   * repeated optional clauses but not an optional clause into a required one, and scoring the word's postings twice
   * (required, then optional beside it) doubles the time of a top-20 search of a common word at a million
   * paragraphs (7 → 3 ms for "safeguarding"). Scores are linear in the boost and a required clause matches every
   * paragraph that matches at all, so every score is what it was.
   */
  static Query foldRepeats(BooleanQuery query) {
    if (query.getMinimumNumberShouldMatch() != 0) return query;
    List<BooleanClause> clauses = query.clauses();
    Query[] inner = new Query[clauses.size()];
    float[] boost = new float[clauses.size()];
    for (int i = 0; i < inner.length; i++) {
      Boosted b = Boosted.of(clauses.get(i).query());
      inner[i] = b.query();
      boost[i] = b.boost();
    }
    boolean[] folded = new boolean[inner.length];
    Query[] rest = new Query[inner.length];
    boolean any = false;
    for (int i = 0; i < inner.length; i++) {
      if (clauses.get(i).occur() != BooleanClause.Occur.SHOULD) continue;
      int j = requiredEqualTo(clauses, inner, inner[i]);
      if (j >= 0) {
        boost[j] += boost[i];
        folded[i] = any = true;
      } else if (inner[i] instanceof BooleanQuery choice && choice.getMinimumNumberShouldMatch() == 0
          && choice.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
        // A choice holding a required clause: "young people" near one another, or both words (the equivalents'
        // reading of a text the thesaurus does not widen). That choice scores the sum of its parts that match, and
        // the required part matches wherever anything does, so it is folded as above and the rest stays beside: the
        // sloppy phrase was otherwise scored twice over both words' positions at every match, the same phrase being
        // the proximity boost too (which Lucene's rewrite then merges with what is left here).
        BooleanQuery.Builder left = new BooleanQuery.Builder();
        int kept = 0;
        for (BooleanClause c : choice.clauses()) {
          Boosted part = Boosted.of(c.query());
          int k = requiredEqualTo(clauses, inner, part.query());
          if (k >= 0) {
            boost[k] += boost[i] * part.boost();
            any = true;
          } else {
            left.add(c);
            kept++;
          }
        }
        if (kept < choice.clauses().size()) {
          folded[i] = true;
          Query remaining = kept == 1 ? left.build().clauses().get(0).query() : left.build();
          if (kept > 0) rest[i] = boost[i] == 1f ? remaining : new BoostQuery(remaining, boost[i]);
        }
      }
    }
    if (!any) return query;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < inner.length; i++) {
      if (rest[i] != null) b.add(rest[i], BooleanClause.Occur.SHOULD);
      if (folded[i]) continue;
      BooleanClause c = clauses.get(i);
      b.add(c.occur() == BooleanClause.Occur.MUST && boost[i] != 1f ? new BoostQuery(inner[i], boost[i]) : c.query(), c.occur());
    }
    return b.build();
  }

  /** The place of the required clause whose query, boosts aside, is {@code q}; -1 when there is none. */
  private static int requiredEqualTo(List<BooleanClause> clauses, Query[] inner, Query q) {
    for (int j = 0; j < inner.length; j++) {
      if (clauses.get(j).occur() == BooleanClause.Occur.MUST && inner[j].equals(q)) return j;
    }
    return -1;
  }

  /**
   * The same paragraphs as {@code q}, for a query that only decides what matches (a filter): its boosts dropped, the
   * optional clauses beside required ones dropped (they only rank), and in a choice of clauses each one that requires
   * all that another of the choices requires dropped, as that one already matches wherever it would. The loose reading
   * of a thesaurus set is such a choice: "respite care" as both its words is dropped beside "respite" alone
   * ({@code respit} or {@code respit AND care}), and "children with a disability" beside "disabled children"
   * ({@code disabl AND child}): one conjunction fewer for every paragraph holding the words. A set's equivalents often
   * extend one another, so the loose reading of "special educational needs" keeps 6 of its 10 choices, of "disabled
   * children" 3 of 7.
   */
  static Query matchingOnly(Query q) {
    if (q instanceof BoostQuery bq) return matchingOnly(bq.getQuery());
    if (!(q instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) return q;
    List<BooleanClause> clauses = bool.clauses();
    boolean required = clauses.stream().anyMatch(BooleanClause::isRequired);
    List<BooleanClause> kept = new ArrayList<>();
    for (BooleanClause c : clauses) {
      if (required && c.occur() == BooleanClause.Occur.SHOULD) continue;
      kept.add(c.occur() == BooleanClause.Occur.MUST_NOT ? c : new BooleanClause(matchingOnly(c.query()), c.occur()));
    }
    if (!required) {
      List<Query> choices = kept.stream().filter(c -> c.occur() == BooleanClause.Occur.SHOULD).map(BooleanClause::query).toList();
      List<Set<Query>> needs = choices.stream().map(QueryBuilder::needs).toList();
      List<Set<Query>> holds = choices.stream().map(QueryBuilder::holds).toList();
      // Choice i is dropped when a choice j still kept matches wherever it does: all that j needs is among what i
      // requires. Only kept ones drop others, so each dropped choice leads to a kept one that matches where it did.
      // From the last choice back, so that of two alike the first stays.
      boolean[] dropped = new boolean[choices.size()];
      for (int i = choices.size() - 1; i >= 0; i--) {
        for (int j = 0; j < choices.size() && !dropped[i]; j++) {
          dropped[i] = j != i && !dropped[j] && holds.get(i).containsAll(needs.get(j));
        }
      }
      List<BooleanClause> left = new ArrayList<>();
      int choice = 0;
      for (BooleanClause c : kept) {
        if (c.occur() != BooleanClause.Occur.SHOULD || !dropped[choice++]) left.add(c);
      }
      kept = left;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : kept) b.add(c);
    return b.build();
  }

  /**
   * What a choice needs to match, as parts another choice may require: the required clauses of a conjunction that
   * has nothing but required clauses, else the choice itself.
   */
  private static Set<Query> needs(Query choice) {
    if (choice instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0 && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(BooleanClause::isRequired)) {
      Set<Query> parts = new HashSet<>();
      for (BooleanClause c : b.clauses()) parts.add(c.query());
      return parts;
    }
    return Set.of(choice);
  }

  /**
   * What a choice is known to match wherever it matches: itself, and the required clauses of a query with any, theirs
   * in turn (its prohibited clauses only narrow it further).
   */
  private static Set<Query> holds(Query choice) {
    Set<Query> parts = new HashSet<>();
    addHeld(choice, parts);
    return parts;
  }

  private static void addHeld(Query q, Set<Query> parts) {
    if (!parts.add(q)) return;
    if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0) {
      for (BooleanClause c : b.clauses()) if (c.isRequired()) addHeld(c.query(), parts);
    }
  }

  /**
   * A query without its boosts, and the product of them. A query of optional clauses only, all the same query,
   * scores as that query times their number (each matches where the others do), so it is that query boosted.
   */
  private record Boosted(Query query, float boost) {
    static Boosted of(Query q) {
      if (q instanceof BoostQuery bq) {
        Boosted inner = of(bq.getQuery());
        return new Boosted(inner.query(), inner.boost() * bq.getBoost());
      }
      if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0 && !bq.clauses().isEmpty()) {
        Boosted first = null;
        float sum = 0;
        for (BooleanClause c : bq.clauses()) {
          if (c.occur() != BooleanClause.Occur.SHOULD) return new Boosted(q, 1f);
          Boosted each = of(c.query());
          if (first != null && !first.query().equals(each.query())) return new Boosted(q, 1f);
          if (first == null) first = each;
          sum += each.boost();
        }
        return new Boosted(first.query(), sum);
      }
      return new Boosted(q, 1f);
    }
  }

  /** The same query with every exact phrase loosened to a sloppy one. */
  static Query withSlop(Query q, int slop) {
    if (q instanceof PhraseQuery p && p.getSlop() == 0) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      for (int i = 0; i < terms.length; i++) b.add(terms[i], positions[i]);
      b.setSlop(slop);
      return b.build();
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) b.add(withSlop(c.query(), slop), c.occur());
      return b.build();
    }
    if (q instanceof BoostQuery bq) {
      return new BoostQuery(withSlop(bq.getQuery(), slop), bq.getBoost());
    }
    return q;
  }

  /** Plain words only: no quotes, fields, wildcards, grouping or operators. */
  private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(?:AND|OR|NOT)\\b");
  private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’\\- ]+");

  /**
   * The boosts of a plain query: paragraphs with the user's own words close together, or a thesaurus equivalent as a
   * phrase, rank above loose matches, and so do paragraphs where the words (or a synonym) stand together rather than
   * scattered (a sloppy phrase of the same words): these are {@code inText}, and match only where the text's loose
   * reading does. Paragraphs under a heading naming the words rank higher too ({@code underHeading}, which matches in
   * the headings alone).
   */
  private record PlainBoosts(List<Query> inText, Query underHeading) {}

  /**
   * {@link PlainBoosts} of {@code text}.
   *
   * <p>Words that hold thesaurus terms without being one ("disabled children respite") are left without the words
   * together: Lucene reads their phrase as a choice between the exact phrases of every combination of the terms'
   * equivalents, whatever the slop — 28 phrases of common words here, which at a million paragraphs took 50 ms and
   * matched none — and the user's own words close together already rank in {@link #ownWordsOrExactEquivalents}. (A
   * text that is one thesaurus term is its set's concept term, one term's postings.) bench relevance: nDCG@10 0.907
   * either way.
   */
  private PlainBoosts plainBoosts(String text) throws ParseException {
    String t = text.strip();
    Query exact = new BoostQuery(ownWordsOrExactEquivalents(text), EXACT_BOOST);
    QueryParser phrases = new FindingsQueryParser(analyzer, concepts());
    phrases.setSplitOnWhitespace(false);
    Query near = phrases.parse("\"" + t.replace("\"", "") + "\"~" + PROXIMITY);
    QueryParser headings = new FindingsQueryParser(analyzer);
    headings.setSplitOnWhitespace(false);
    headings.setAutoGenerateMultiTermSynonymsPhraseQuery(false);
    Query underHeading = new BoostQuery(withoutFunctionWords(headings.parse(Fields.HEADINGS + ":(" + t + ")")), HEADING_BOOST);
    List<Query> inText = phrasesIn(near) > 1 ? List.of(exact) : List.of(exact, new BoostQuery(near, PROXIMITY_BOOST));
    return new PlainBoosts(inText, underHeading);
  }

  /**
   * A plain query with thesaurus terms: its ranking clauses under the loose filter for scoring every match, and
   * beside it for finding the top. Under a filter, Lucene finds the top paragraphs by walking the filter's matches —
   * for "looked after children" a choice of eleven conjunctions of common words, a third of a million paragraphs —
   * and testing the ranking clauses at each. Yet every ranking clause but the heading's matches only where the filter
   * does: the set's concept term and the phrases with a slop stand where their words do, and the user's own words
   * close together stand where the own words, one of the set's readings, do. So for the top they stand beside the
   * filter, as optional clauses, and the top paragraphs are found from their postings, skipping past those that
   * cannot reach it. The heading clause, which matches outside the text's matches too, is required together with the
   * filter; and the filter alone, scoring nothing, keeps every match a match, as Lucene visits it only to count. The
   * same paragraphs match, with the same scores (a sum of the same clauses; RankedBesideMatchingTest). At a million
   * paragraphs, with nothing cached, a top-20 search of "looked after children" went from 241 to 42 ms, of "care
   * leavers" from 35 to 8.5 ms (BENCHMARKS.md, session 26). Where every match is scored, the filter leading is
   * cheaper: each clause beside it would be walked in full, and the filter twice.
   */
  private Parsed rankedBesideMatching(String text, Query filter, Query ranking) throws ParseException {
    PlainBoosts boosts = plainBoosts(text);
    BooleanQuery.Builder under = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER);
    BooleanQuery.Builder beside = new BooleanQuery.Builder();
    under.add(ranking, BooleanClause.Occur.SHOULD);
    beside.add(ranking, BooleanClause.Occur.SHOULD);
    for (Query boost : boosts.inText()) {
      under.add(boost, BooleanClause.Occur.SHOULD);
      beside.add(boost, BooleanClause.Occur.SHOULD);
    }
    under.add(boosts.underHeading(), BooleanClause.Occur.SHOULD);
    beside.add(new BooleanQuery.Builder().add(boosts.underHeading(), BooleanClause.Occur.MUST)
        .add(filter, BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
    beside.add(new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
    return new Parsed(beside.build(), under.build(), filter, null); // nothing to fold: no clause is required
  }

  /** How many phrase queries {@code q} holds. */
  private static long phrasesIn(Query q) {
    return leaves(q).stream().filter(PhraseQuery.class::isInstance).count();
  }

  /** Every leaf query of {@code q} (terms, phrases, match-all …), prohibited clauses' too. */
  static List<Query> leaves(Query q) {
    List<Query> leaves = new ArrayList<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        leaves.add(query);
      }

      @Override
      public void visitLeaf(Query leaf) {
        leaves.add(leaf);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return leaves;
  }

  private static final int PROXIMITY = 3;
  private static final int SYNONYM_SLOP = 5;
  private static final float EXACT_BOOST = 2f;
  private static final float HEADING_BOOST = 3f;
  private static final float PROXIMITY_BOOST = 2f;

  /**
   * The lexer's "Lexical error at line 1, column 6.  Encountered: '93' (93)": the column (from 1) and the character's
   * code. Held to the quoted character right after "Encountered", so that an end met inside a quote ("Encountered:
   * <EOF> after prefix \"care (65)") is not read as a character from the prefix's words.
   */
  private static final Pattern LEXICAL_ERROR = Pattern.compile("column (\\d+)\\.\\s+Encountered: '.*?' \\((\\d+)\\)");
  private static final String ENDS_TOO_EARLY =
      "it ends too early: close its quotes (\") and brackets, or finish the AND / OR / NOT";

  /**
   * Paragraphs only, never the report documents that share the index. Report documents hold none of the fields a
   * user can search, so only a query that matches everything needs the filter; sparing it elsewhere spares a
   * million-document list from every search.
   */
  public Query paragraphs(Query userQuery) {
    if (!matchesAll(userQuery)) return userQuery;
    return new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.PARAGRAPH)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Whether the query holds match-all anywhere: under a NOT too, which must not lose the paragraphs' filter either. */
  private static boolean matchesAll(Query query) {
    return leaves(query).stream().anyMatch(MatchAllDocsQuery.class::isInstance);
  }

  /**
   * What a user needs of the parser's complaint about {@code text}. Lucene's own names its grammar's tokens
   * ("Encountered \" <FUZZY_SLOP> \"~ \"\" at line 1, column 0") or character codes ("Lexical error at line 1, column
   * 6. Encountered: '93' (93)"), which tells someone who typed "~" or "care ] x" nothing; the character or word it
   * stopped at and where it stands do. The parser rethrows its grammar's or its lexer's complaint inside one that
   * quotes the whole query; one of this parser's own (an unknown field, a short wildcard) is already in words.
   */
  private static String plainMessage(ParseException e, TypedPunctuation query) {
    return switch (e.getCause()) {
      case TokenMgrError lexer -> lexerMessage(lexer, query);
      case ParseException grammar when grammar.currentToken != null && grammar.currentToken.next != null -> {
        Token unexpected = grammar.currentToken.next;
        yield unexpected.kind == QueryParserConstants.EOF ? ENDS_TOO_EARLY
            : unexpected(unexpected.image, query.typedCharacter(unexpected.beginColumn + 1), query);
      }
      case null, default -> e.getMessage() == null ? "syntax error"
          : e.getMessage().split("\n")[0].replaceFirst("^Cannot parse '.*?': ", "");
    };
  }

  /** The lexer stops at a character no word starts with, or at the end inside something it cannot end on. */
  private static String lexerMessage(TokenMgrError lexer, TypedPunctuation query) {
    Matcher at = LEXICAL_ERROR.matcher(String.valueOf(lexer.getMessage()));
    if (at.find()) {
      return unexpected(Character.toString(Integer.parseInt(at.group(2))), query.typedCharacter(Integer.parseInt(at.group(1))), query);
    }
    String stripped = query.typed().strip();
    String last = stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
    if (last.equals("]") || last.equals("}")) return unexpected(last, query.typed().lastIndexOf(last) + 1, query);
    if (last.equals("\\")) return "a '\\' at the end escapes nothing: remove it, or put the query in quotes";
    return ENDS_TOO_EARLY; // an unclosed quote
  }

  /** What is wrong with {@code token}, at {@code character} (1-based) of the text the user typed. */
  private static String unexpected(String token, int character, TypedPunctuation query) {
    String what = switch (token) {
      case ")" -> "a ')' with no '(' before it";
      case "]", "}" -> query.rangeOpensBefore(character) ? "a range needs 'TO' and two values, as in year:[2007 TO 2010]"
          : "a '" + token + "' with no '" + (token.equals("]") ? "[" : "{") + "' before it";
      case "AND", "&&", "OR", "||" -> "'" + token + "' needs words on both sides";
      case "NOT", "!", "-", "+" -> "'" + token + "' needs a word after it";
      default -> token.startsWith("~") || token.startsWith("^") ? "'" + token + "' must follow a word or a quoted phrase"
          : "'" + token + "' cannot stand there";
    };
    return what + " (character " + character + "); put words in quotes to search for them as written";
  }
}
