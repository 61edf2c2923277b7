package findings.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The domain vocabulary, read once from resource files: synonyms and acronyms ({@code synonyms.txt}), spelling
 * variants ({@code spelling.tsv}) and the themes that sections map onto ({@code themes.tsv}).
 */
public final class Vocabulary {
  private static volatile Vocabulary instance;

  final Map<String, String> spelling;
  final SynonymMap synonyms;
  final List<String[]> synonymGroups;
  private final List<Map.Entry<String, Pattern>> themes;
  private final List<String> themeNames;

  private Vocabulary() {
    this.spelling = readSpelling();
    this.synonymGroups = readGroups();
    this.synonyms = readSynonyms(spelling);
    this.themes = readThemes();
    this.themeNames = themes.stream().map(Map.Entry::getKey).distinct().toList();
  }

  public static Vocabulary get() {
    Vocabulary v = instance;
    if (v == null) {
      synchronized (Vocabulary.class) {
        if (instance == null) instance = new Vocabulary();
        v = instance;
      }
    }
    return v;
  }

  /** Every multi-word or acronym term of the thesaurus, for suggestions as the user types. */
  public List<String> terms() {
    List<String> out = new ArrayList<>();
    for (String[] group : synonymGroups) for (String t : group) out.add(t);
    return out;
  }

  /** The themes' names, as the theme facet shows them. */
  public List<String> themeNames() {
    return themeNames;
  }

  /** The theme of a section path: the innermost heading that a theme pattern matches decides. */
  public String theme(List<String> sectionPath) {
    // Every paragraph of a section asks with the same path; a report has a few dozen paths.
    String cached = themeCache.get(sectionPath);
    if (cached != null) return cached.isEmpty() ? null : cached;
    String theme = themeOf(sectionPath);
    if (themeCache.size() > 100_000) themeCache.clear();
    themeCache.put(List.copyOf(sectionPath), theme == null ? "" : theme);
    return theme;
  }

  private final ConcurrentHashMap<List<String>, String> themeCache = new ConcurrentHashMap<>();

  private String themeOf(List<String> sectionPath) {
    for (int i = sectionPath.size() - 1; i >= 0; i--) {
      String heading = sectionPath.get(i);
      for (Map.Entry<String, Pattern> t : themes) if (t.getValue().matcher(heading).find()) return t.getKey();
    }
    return null;
  }

  /**
   * A short digest of the resource files that decide what is indexed (the thesaurus and the spelling variants its
   * terms are normalised by, which decide the concept terms; the common words, which decide the word pairs; the
   * themes and the gazetteer, which decide two facets; the proper names, which keep their capitals in section names
   * set in sentence case): cheap enough for every start to compare with the index's. It
   * is part of the index schema, so an index built with other files is re-read from its sources. Only the lines the
   * readers use count: a comment or blank line changed in a file changes nothing indexed, so it rebuilds nothing.
   */
  static String fingerprint() {
    return Fingerprint.OF_RESOURCES;
  }

  /** Computed once: the index schema and the compiled thesaurus both ask for it at start. */
  private static final class Fingerprint {
    static final String OF_RESOURCES = fingerprint(Vocabulary::resource);
  }

  /** The fingerprint of the files as {@code files} opens them by name. */
  static String fingerprint(Function<String, BufferedReader> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : List.of("synonyms.txt", "spelling.tsv", "common-words.txt", "themes.tsv", "authorities.tsv", "proper-names.txt")) {
        digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        for (String line : entries(files.apply(name))) digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lines of a resource file that its reader uses: every one but blank lines and {@code #} comments. */
  static List<String> entries(String name) {
    return entries(resource(name));
  }

  private static List<String> entries(BufferedReader file) {
    try (BufferedReader r = file) {
      return r.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader resource(String name) {
    InputStream in = Vocabulary.class.getResourceAsStream("/findings/" + name);
    if (in == null) throw new IllegalStateException(name + " missing from the class path");
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static Map<String, String> readSpelling() {
    Map<String, String> map = new HashMap<>();
    for (String line : entries("spelling.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length >= 2) map.put(cols[0].strip().toLowerCase(), cols[1].strip().toLowerCase());
    }
    return Map.copyOf(map);
  }

  private static List<String[]> readGroups() {
    List<String[]> groups = new ArrayList<>();
    for (String line : entries("synonyms.txt")) {
      String[] terms = line.split("\\s*,\\s*");
      for (int i = 0; i < terms.length; i++) terms[i] = terms[i].strip();
      groups.add(terms);
    }
    return List.copyOf(groups);
  }

  /**
   * The thesaurus as the synonym filter reads it: compiled at build time when the compiled copy was made from these
   * very files ({@link CompiledSynonyms}), else parsed here. Parsing the entries and building their automaton was
   * most of the vocabulary's cost in every start (a third of a second in a cold JVM).
   */
  private static SynonymMap readSynonyms(Map<String, String> spelling) {
    SynonymMap compiled = CompiledSynonyms.read(fingerprint());
    return compiled != null ? compiled : parseSynonyms(spelling);
  }

  /** The thesaurus parsed from {@code synonyms.txt}. */
  static SynonymMap parseSynonyms(Map<String, String> spelling) {
    // Entries are read with the query analyser's own tokenising, so that they match what queries turn into.
    Analyzer entries = Analyzers.synonymEntryAnalyzer(spelling);
    SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
    try (Reader r = resource("synonyms.txt")) {
      parser.parse(r);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("synonyms.txt line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    }
  }

  private static List<Map.Entry<String, Pattern>> readThemes() {
    List<Map.Entry<String, Pattern>> list = new ArrayList<>();
    for (String line : entries("themes.tsv")) {
      String[] cols = line.split("\t", 2);
      if (cols.length < 2) continue;
      list.add(Map.entry(cols[0].strip(), Pattern.compile(cols[1].strip(), Pattern.CASE_INSENSITIVE)));
    }
    return List.copyOf(list);
  }

}
