package findings.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed query mix of the scale benchmark: single terms, phrases and three-term conjunctions, each run alone (top
 * 20), with two facet filters (an authority and a year), and in full (top 20 highlighted plus every facet count).
 * Every engine gets the same queries and filters. Beside the mix, and measured apart from it so that the mix stays
 * what the issue fixed and comparable between runs: words a researcher types unquoted that the thesaurus widens
 * ({@link #thesaurusQueries}), the most common kind of query on the page and the slowest at a million paragraphs.
 */
public final class QueryMix {
  public enum Kind {
    SINGLE, PHRASE, BOOLEAN, THESAURUS,
    /** The thesaurus queries as the peer is given them to find what Findings finds ({@link Fts5Equivalents}). */
    EQUIVALENTS;

    /** Whether the query is one of the mix the issue fixed. */
    boolean inMix() {
      return this == SINGLE || this == PHRASE || this == BOOLEAN;
    }
  }

  /**
   * ALONE: the top 20; FILTERED: the top 20 with an authority and a year; FULL: the top 20 highlighted with every
   * facet counted; PAGE_TWO: the next 20 of the same full search, as a reader pages on (measured after FULL).
   */
  public enum Variant { ALONE, FILTERED, FULL, PAGE_TWO }

  public record Query(Kind kind, String text, String authority, String year) {}

  /** One engine under test. */
  public interface Engine {
    void search(Query query, Variant variant) throws Exception;
  }

  private static final String[] SINGLE = {"safeguarding", "fostering", "adoption", "attendance", "bullying", "transition",
      "advocacy", "homelessness", "immunisation", "apprenticeships"};
  private static final String[] PHRASE = {"\"looked after children\"", "\"care leavers\"", "\"private fostering\"",
      "\"child protection plans\"", "\"youth offending\"", "\"special educational needs\"", "\"domestic violence\"",
      "\"short breaks\"", "\"young carers\"", "\"mental health\""};
  private static final String[] BOOLEAN = {"health AND education AND training", "social AND workers AND caseloads",
      "parents AND schools AND attendance", "police AND safeguarding AND children", "housing AND care AND leavers",
      "mental AND health AND services", "disabled AND children AND respite", "teenage AND pregnancy AND rates",
      "school AND exclusions AND reduced", "foster AND carers AND recruitment"};

  private static final String[] THESAURUS = {"looked after children", "care leavers", "unaccompanied asylum seeking children",
      "short breaks", "disabled children respite", "CAMHS looked after children", "young offenders",
      "child sexual exploitation", "special educational needs", "missing from care"};

  private QueryMix() {}

  /** The 30 queries, each with an authority and a year to filter by, drawn in turn from those given. */
  public static List<Query> queries(List<String> authorities, List<String> years) {
    List<Query> out = new ArrayList<>();
    int i = 0;
    for (String[] group : List.of(SINGLE, PHRASE, BOOLEAN)) {
      Kind kind = group == SINGLE ? Kind.SINGLE : group == PHRASE ? Kind.PHRASE : Kind.BOOLEAN;
      for (String q : group) out.add(query(kind, q, i++, authorities, years));
    }
    return out;
  }

  /** The 10 unquoted thesaurus queries, not part of the mix, with filters drawn as for the mix. */
  public static List<Query> thesaurusQueries(List<String> authorities, List<String> years) {
    List<Query> out = new ArrayList<>();
    int i = 0;
    for (String q : THESAURUS) out.add(query(Kind.THESAURUS, q, i++, authorities, years));
    return out;
  }

  /**
   * A thesaurus query ({@link #thesaurusQueries}) written for the FTS5 peer as what Findings matches for it, which
   * {@code matching} gives; nothing where FTS5 cannot say it.
   */
  public static Optional<Query> equivalent(Query thesaurus, org.apache.lucene.search.Query matching) {
    return Fts5Equivalents.of(matching).map(fts5 -> new Query(Kind.EQUIVALENTS, fts5, thesaurus.authority(), thesaurus.year()));
  }

  private static Query query(Kind kind, String text, int i, List<String> authorities, List<String> years) {
    return new Query(kind, text, authorities.get((i * 7) % authorities.size()), years.get((i * 3) % years.size()));
  }

  /**
   * Runs every query in every variant unmeasured for at least {@code warmRounds} rounds and at least {@code warmup}
   * of time, and until the heap's size has held still for a while ({@link HeapSize}), then {@code rounds} times
   * measured. The time matters on a small index: five rounds of the mix at 10,000 paragraphs take a fifth of a second,
   * before the JIT has compiled the search path, and its compilations then land in the measured rounds as outliers
   * that set the p99. Every engine is given the same least warm-up time.
   *
   * <p>The measured rounds go on past {@code rounds} until {@code measured} has passed as well. Ten rounds of ten
   * queries are a hundred searches a row, whose p99 is the second slowest: one pause of the machine sets it. Where a
   * round takes milliseconds (the small indexes), the same time gives each row thousands of searches and a p99 that
   * is their slowest percent; where a round takes seconds (the peer at a million paragraphs), {@code rounds} decides.
   * Every engine is given the same time.
   * Keys: "single alone", "phrase filtered", … per kind and variant, and "mix alone", "mix filtered", "mix full" over
   * the kinds of the mix.
   */
  public static Map<String, Latencies> measure(Engine engine, List<Query> queries, int warmRounds, Duration warmup, int rounds,
      Duration measured) throws Exception {
    long warmUntil = System.nanoTime() + warmup.toNanos();
    // A run told to warm up for no time at all (the smoke test) does not wait for the heap either.
    HeapSize heap = new HeapSize(warmup.isZero() ? warmUntil : warmUntil + HeapSize.WAIT_AT_MOST.toNanos());
    for (int r = 0; r < warmRounds || System.nanoTime() - warmUntil < 0 || !heap.settled(); r++) {
      for (Variant v : Variant.values()) for (Query q : queries) engine.search(q, v);
    }
    Map<String, List<Long>> times = new LinkedHashMap<>();
    long measureUntil = System.nanoTime() + measured.toNanos();
    for (int r = 0; r < rounds || System.nanoTime() - measureUntil < 0; r++) {
      for (Variant v : Variant.values()) {
        for (Query q : queries) {
          long t0 = System.nanoTime();
          engine.search(q, v);
          long t = System.nanoTime() - t0;
          times.computeIfAbsent(name(q.kind()) + " " + name(v), k -> new ArrayList<>()).add(t);
          if (q.kind().inMix()) times.computeIfAbsent("mix " + name(v), k -> new ArrayList<>()).add(t);
        }
      }
    }
    Map<String, Latencies> out = new LinkedHashMap<>();
    times.forEach((k, v) -> out.put(k, Latencies.of(v.stream().mapToLong(Long::longValue).toArray())));
    return out;
  }

  /**
   * Whether the JVM's heap has stopped growing or shrinking. The benchmark collects the heap before each engine's
   * searches, and the collector gives back what it no longer needs; the searches then grow it again, in steps, for
   * ten to thirty seconds. For about a second after each step the searches ran four to five times slower (new
   * memory is touched for the first time), and two such seconds fell in the measured five at 10,000 paragraphs: they
   * set the p99 of the searches that take tens of microseconds (session 43, BENCHMARKS.md). A server grows its heap
   * once, in its first minute; what is timed is the searches after that, for every engine alike.
   */
  private static final class HeapSize {
    /**
     * How long the heap's size must hold still. Its steps came up to 6.4 s apart, so five seconds still were not enough:
     * in a 10k run after the PDF ingest, two steps fell in the five measured seconds after them.
     */
    static final Duration STILL = Duration.ofSeconds(15);
    /** How much longer than the warm-up to wait for it, at most. */
    static final Duration WAIT_AT_MOST = Duration.ofSeconds(60);

    private final long giveUpAt;
    private long committed = Runtime.getRuntime().totalMemory();
    private long since = System.nanoTime();

    HeapSize(long giveUpAt) {
      this.giveUpAt = giveUpAt;
    }

    boolean settled() {
      long now = System.nanoTime();
      long current = Runtime.getRuntime().totalMemory();
      if (current != committed) {
        committed = current;
        since = now;
      }
      return now - since >= STILL.toNanos() || now - giveUpAt >= 0;
    }
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
