package findings.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring, the same formula and the same sums in the same order, without its per-passage hash of
 * matched terms. That hash starts with a 32 KB block, and the highlighter scores every sentence of every paragraph
 * on a page: at a million paragraphs it was a quarter of all memory a search allocated (0.8 MB a full search), and
 * the young collections it brought on were the slowest searches of the benchmark. A passage has a handful of
 * matches, so telling its distinct terms apart by comparing them with one another costs less than hashing.
 */
final class LeanPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // distinct[k]: the index of the k-th distinct term's first match, in order of first occurrence (as the hash
    // numbered them); inPassage[k]: how often it occurs in the passage.
    int[] distinct = new int[matches];
    int[] inPassage = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int k = 0;
      while (k < size && !terms[distinct[k]].bytesEquals(terms[i])) k++;
      if (k == size) distinct[size++] = i;
      inPassage[k]++;
    }
    double score = 0d;
    for (int k = 0; k < size; k++) {
      score += tf(inPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[k]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
