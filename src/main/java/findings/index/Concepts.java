package findings.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;

/**
 * The thesaurus's sets of equivalent terms as concepts marked in the indexed text. Wherever a paragraph holds any
 * term of a set as an exact phrase (after stemming, as a phrase query compares words), one extra term for the whole
 * set is indexed in {@link Fields#TEXT} at the phrase's first word, stacked on it, with offsets spanning the phrase.
 *
 * <p>Why: a quoted thesaurus phrase ("looked after children") expands at query time into a dozen alternative
 * phrases (children in care, CLA, children looked after, …), and at a million paragraphs matching, ranking and
 * marking all of them was the slowest search of the benchmark. The same paragraphs are now one term's postings (and
 * unquoted, where the words still match anywhere, the term ranks the paragraphs holding a phrase of the set first);
 * BM25 scores it with the paragraph's own length (stacked terms do not count towards it); the highlighter marks
 * the whole phrase from the term's offsets. Because the sets are now part of what is indexed, the thesaurus's
 * fingerprint is part of the index schema: an index built with another thesaurus is re-read from its sources.
 */
public final class Concepts {
  /** Leads every concept term: a private-use character, so no word of a report can collide with one. */
  static final char PREFIX = '\uE001';

  private final Node root = new Node();
  /**
   * The sets of each term as typed (lower-cased, spelling normalised, unstemmed), for recognising a quoted phrase. A
   * term listed in two sets expands at query time into the terms of both, so it stands for both concepts.
   */
  private final Map<String, int[]> typed = new HashMap<>();
  private final Analyzer typedWords;
  /** Each set's concept term, by the set's line number among the thesaurus's sets. */
  private final String[] terms;
  /** Each set's terms as stemmed words joined by spaces: the phrases a query expands the set into. */
  private final List<Set<String>> stemsOfSet = new ArrayList<>();

  static final class Node {
    final CharArrayMap<Node> next = new CharArrayMap<>(4, false);
    int[] sets = new int[0];
  }

  /** Built on first use (the first paragraph indexed, or the first query parsed), after the vocabulary it reads. */
  private static final class Built {
    static final Concepts INSTANCE = built(Vocabulary.get());
  }

  public static Concepts get() {
    return Built.INSTANCE;
  }

  /**
   * The thesaurus's terms as the two analysers read them: compiled at build time when the compiled copy was made from
   * these very files ({@link #RESOURCE}, written with the synonyms by {@link CompiledSynonyms}), else analysed here.
   * Analysing the thousand-odd terms twice was a quarter of the first search after {@code serve} started (55 ms of a
   * cold JVM), and of the first paragraph indexed.
   */
  private static Concepts built(Vocabulary vocabulary) {
    List<AnalysedTerm> compiled = readCompiled(Vocabulary.fingerprint());
    return new Concepts(vocabulary, compiled != null ? compiled : analyse(vocabulary));
  }

  /** A term of set {@code set} as the thesaurus reads it (before stemming) and as a phrase query does (its stems). */
  record AnalysedTerm(int set, List<String> typed, List<String> stems) {}

  /** Every term of every set, in the thesaurus's order, through the two analysers. */
  static List<AnalysedTerm> analyse(Vocabulary vocabulary) {
    Analyzer typedWords = Analyzers.synonymEntryAnalyzer(vocabulary.spelling);
    Analyzer stems = Analyzers.queryText(false);
    List<AnalysedTerm> out = new ArrayList<>();
    List<String[]> sets = vocabulary.synonymGroups;
    for (int set = 0; set < sets.size(); set++) {
      for (String term : sets.get(set)) out.add(new AnalysedTerm(set, words(typedWords, term), words(stems, term)));
    }
    return out;
  }

  static final String RESOURCE = "/findings/concepts.compiled";
  private static final int FORMAT = 1;

  /** The analysed terms on the class path, or null when there are none or they were made from other files. */
  static List<AnalysedTerm> readCompiled(String fingerprint) {
    byte[] bytes = CompiledSynonyms.onClassPath(RESOURCE);
    try {
      return bytes == null ? null : read(bytes, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<AnalysedTerm> read(byte[] bytes, String fingerprint) throws IOException {
    DataInput in = new ByteArrayDataInput(bytes);
    if (in.readVInt() != FORMAT || !in.readString().equals(fingerprint)) return null;
    List<AnalysedTerm> terms = new ArrayList<>();
    for (int n = in.readVInt(); n > 0; n--) terms.add(new AnalysedTerm(in.readVInt(), strings(in), strings(in)));
    return terms;
  }

  static byte[] bytes(List<AnalysedTerm> terms, String fingerprint) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeVInt(FORMAT);
    out.writeString(fingerprint);
    out.writeVInt(terms.size());
    for (AnalysedTerm t : terms) {
      out.writeVInt(t.set());
      out.writeVInt(t.typed().size());
      for (String w : t.typed()) out.writeString(w);
      out.writeVInt(t.stems().size());
      for (String w : t.stems()) out.writeString(w);
    }
    return out.toArrayCopy();
  }

  private static List<String> strings(DataInput in) throws IOException {
    String[] words = new String[in.readVInt()];
    for (int i = 0; i < words.length; i++) words[i] = in.readString();
    return List.of(words);
  }

  private Concepts(Vocabulary vocabulary, List<AnalysedTerm> analysed) {
    this.typedWords = Analyzers.synonymEntryAnalyzer(vocabulary.spelling);
    int sets = vocabulary.synonymGroups.size();
    this.terms = new String[sets];
    for (int set = 0; set < sets; set++) {
      terms[set] = PREFIX + Integer.toString(set, 36);
      stemsOfSet.add(new HashSet<>());
    }
    for (AnalysedTerm term : analysed) {
      int set = term.set();
      typed.merge(String.join(" ", term.typed()), new int[] {set}, Concepts::union);
      stemsOfSet.get(set).add(String.join(" ", term.stems()));
      Node node = root;
      for (String stem : term.stems()) {
        Node child = node.next.get(stem);
        if (child == null) node.next.put(stem, child = new Node());
        node = child;
      }
      if (node != root) node.sets = union(node.sets, new int[] {set});
    }
  }

  /**
   * The concept terms that a quoted phrase of {@link Fields#TEXT} stands for, or none: only when the phrase, as the
   * thesaurus reads it (before stemming), is exactly a term of the thesaurus — then the query's expansion is exactly
   * the phrases of its sets, and their concept terms match the same paragraphs.
   */
  public List<String> termsOfPhrase(String phrase) {
    int[] sets = typed.get(String.join(" ", words(typedWords, phrase)));
    if (sets == null) return List.of();
    List<String> concepts = new ArrayList<>(sets.length);
    for (int set : sets) concepts.add(term(set));
    return concepts;
  }

  /**
   * The concept terms equal to a choice between exact phrases (each given as its stemmed words), or none: when the
   * phrases are exactly the terms of some sets of the thesaurus — as when a query's words are a thesaurus term and
   * the query expands them into the phrases of its sets.
   */
  public List<String> termsOfPhrases(List<List<String>> phrases) {
    Set<String> wanted = new HashSet<>();
    Set<Integer> candidates = new TreeSet<>();
    for (List<String> phrase : phrases) {
      wanted.add(String.join(" ", phrase));
      Node node = root;
      for (String word : phrase) {
        node = node.next.get(word);
        if (node == null) return List.of();
      }
      if (node.sets.length == 0) return List.of();
      for (int set : node.sets) candidates.add(set);
    }
    Set<String> covered = new HashSet<>();
    List<String> concepts = new ArrayList<>();
    for (int set : candidates) {
      if (!wanted.containsAll(stemsOfSet.get(set))) continue; // the set holds a phrase the choice does not
      covered.addAll(stemsOfSet.get(set));
      concepts.add(term(set));
    }
    return covered.equals(wanted) ? concepts : List.of();
  }

  private String term(int set) {
    return terms[set];
  }

  /** One place where a set's phrase stands: from word {@code first} to word {@code last} of the sequence, inclusive. */
  record Occurrence(int first, int last, String term) {}

  /**
   * Every occurrence of every set's phrases in a sequence of stemmed words, overlapping ones included, in order of
   * their first word. Word {@code k} of the sequence is token {@code at[k]} of {@code tokens}.
   */
  List<Occurrence> find(AnalysedText.Tokens tokens, int[] at) {
    List<Occurrence> found = null;
    for (int i = 0; i < at.length; i++) {
      Node node = startingWith(tokens, at[i]);
      for (int j = i; node != null; ) {
        for (int set : node.sets) {
          if (found == null) found = new ArrayList<>();
          found.add(new Occurrence(i, j, term(set)));
        }
        if (++j >= at.length) break;
        node = node.next.get(tokens.chars, tokens.termStart[at[j]], tokens.termLength[at[j]]);
      }
    }
    return found == null ? List.of() : found;
  }

  /**
   * The phrases that start with token {@code i}'s word: asked of the word's {@link WordForm} once and remembered there,
   * since every token of every paragraph asks.
   */
  private Node startingWith(AnalysedText.Tokens tokens, int i) {
    WordForm form = tokens.form[i];
    if (form == null) return root.next.get(tokens.chars, tokens.termStart[i], tokens.termLength[i]);
    if (form.conceptsAsked != this) {
      form.conceptStart = root.next.get(form.term, 0, form.term.length);
      form.conceptsAsked = this;
    }
    return form.conceptStart;
  }

  /** The sorted union of two sorted sets of set numbers (a plain merge: streams cost a cold start a good part of the build). */
  private static int[] union(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0, j = 0, n = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == next) i++;
      if (j < b.length && b[j] == next) j++;
      out[n++] = next;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static List<String> words(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream s = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      s.reset();
      while (s.incrementToken()) out.add(term.toString());
      s.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a string in memory does no I/O
    }
    return out;
  }
}
