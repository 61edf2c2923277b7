package findings.index;

import org.apache.lucene.util.Attribute;

/**
 * A word as written in the text, lower-cased, before spelling variants are mapped and stems taken: carried beside
 * the indexed term so that one analysis gives both the searchable words and the spell checker's.
 */
public interface WrittenWordAttribute extends Attribute {
  void set(char[] buffer, int length);

  /** The word's characters, valid up to {@link #length()} until the next token. */
  char[] buffer();

  int length();

  default String word() {
    return new String(buffer(), 0, length());
  }
}
