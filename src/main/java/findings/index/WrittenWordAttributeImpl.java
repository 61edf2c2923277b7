package findings.index;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The implementation Lucene's attribute factory finds by name for {@link WrittenWordAttribute}. */
public final class WrittenWordAttributeImpl extends AttributeImpl implements WrittenWordAttribute {
  private String word = "";

  @Override
  public void set(char[] buffer, int length) {
    word = new String(buffer, 0, length);
  }

  @Override
  public String word() {
    return word;
  }

  @Override
  public void clear() {
    word = "";
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((WrittenWordAttribute) target).set(word.toCharArray(), word.length());
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WrittenWordAttribute.class, "word", word);
  }
}
