package findings.index;

import org.apache.lucene.util.Attribute;

/** The {@link WordForm} of the current token, set by {@link WordFormFilter}. */
public interface WordFormAttribute extends Attribute {
  void set(WordForm form);

  /** The current token's word, or null when no {@link WordFormFilter} has seen it. */
  WordForm form();
}
