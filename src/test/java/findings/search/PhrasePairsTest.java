package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Analyzers;
import findings.index.CommonWords;
import findings.index.Fields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rewriting an exact phrase over the word pairs never changes what it matches: every run of two to four neighbouring
 * words in the seeds, as a phrase over the words' positions and as rewritten, finds the same paragraphs.
 */
class PhrasePairsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void everyPhraseOfTheSeedsFindsTheSameParagraphsRewrittenAsOverPositions() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-pairs").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    List<List<String>> lines = analysedLines(Path.of("seeds"));
    CommonWords common = CommonWords.get();
    int overPairs = 0, overPositions = 0, found = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int n = 2; n <= 4; n++) {
        for (int l = 0; l < lines.size(); l += 3) {
          List<String> words = lines.get(l);
          for (int i = 0; i + n <= words.size(); i += n) {
            PhraseQuery phrase = new PhraseQuery(Fields.TEXT, words.subList(i, i + n).toArray(String[]::new));
            Query rewritten = PhrasePairs.rewrite(phrase);
            boolean allCommon = words.subList(i, i + n).stream().allMatch(common::contains);
            assertEquals(allCommon, rewritten != phrase, "rewritten exactly when every word is common: " + phrase);
            if (allCommon) overPairs++; else overPositions++;
            Set<Integer> expected = docs(searcher, phrase);
            if (!expected.isEmpty()) found++;
            assertEquals(expected, docs(searcher, rewritten), phrase + " as " + rewritten);
          }
        }
      }
    }
    assertTrue(overPairs > 100 && overPositions > 100, overPairs + " phrases over pairs, " + overPositions + " over positions");
    // Most lines are paragraphs' prose, so most phrases find their paragraph (the rest: front matter the parser drops).
    assertTrue(found > 0.9 * (overPairs + overPositions), found + " of " + (overPairs + overPositions) + " found");
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query q) throws Exception {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc d : searcher.search(q, 100_000).scoreDocs) out.add(d.doc);
    return out;
  }

  /** The single analysed words of each line of prose (a line of the seed text lies within one paragraph). */
  private static List<List<String>> analysedLines(Path seeds) throws Exception {
    Analyzer analyzer = Analyzers.indexText();
    List<List<String>> out = new ArrayList<>();
    List<Path> files;
    try (var list = Files.list(seeds)) {
      files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        // Lines of running prose only: headings, table cells and numbered fragments may be cut or joined by the parser.
        if (line.length() < 60 || line.contains("\t") || line.contains("<") || line.strip().endsWith("-")) continue;
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, line)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
          ts.reset();
          while (ts.incrementToken()) if (length.getPositionLength() == 1) words.add(term.toString());
          ts.end();
        }
        out.add(words);
      }
    }
    return out;
  }
}
