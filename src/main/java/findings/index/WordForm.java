package findings.index;

import org.apache.lucene.util.BytesRef;

/**
 * One word as the text wrote it and every form indexing derives from it: the term the index holds (lower-cased,
 * spelling normalised, stemmed) and the word as written (lower-cased only, for the spell checker). Made once per
 * distinct word by {@link WordFormFilter} and handed on with each of its tokens, so that what later steps ask of a
 * word — is it common, does a thesaurus phrase start with it, where is it in its report's count — is answered once
 * per word instead of once per token by a look-up in another table.
 *
 * <p>A form belongs to the thread whose analyser made it (analysers keep their filters per thread, and a report's
 * documents are made on one thread), so the answers it remembers need no locking.
 */
public final class WordForm {
  /** The indexed term: lower-cased, spelling normalised, stemmed. */
  final char[] term;
  /** The word as written, lower-cased: what the spell checker and the completions know it by. */
  final char[] written;

  /** Whether {@link #term} is a {@link CommonWords common word}: 0 not asked yet, 1 no, 2 yes. */
  private byte common;

  /** Where the thesaurus's phrases that start with this word go on, or null: once asked ({@link Concepts#find}). */
  Concepts.Node conceptStart;
  /** The {@link Concepts} that {@link #conceptStart} was asked of, or null when not asked yet. */
  Concepts conceptsAsked;

  /** The report's count of words that last counted this word, and the word's place there. */
  AnalysedText.ReportWords countedBy;
  int countedAt;

  /** {@link #term} in UTF-8, as the index stores it; made on first use. */
  private BytesRef termBytes;

  WordForm(char[] term, char[] written) {
    this.term = term;
    this.written = written;
  }

  BytesRef termBytes() {
    if (termBytes == null) termBytes = new BytesRef(new String(term));
    return termBytes;
  }

  boolean common(CommonWords words) {
    if (common == 0) common = words.contains(term, 0, term.length) ? (byte) 2 : (byte) 1;
    return common == 2;
  }
}
