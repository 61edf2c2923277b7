package findings.index;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * The implementation Lucene's attribute factory finds by name for {@link WrittenWordAttribute}. It keeps characters,
 * not a string: indexing notes a word for every token and most are only copied on.
 */
public final class WrittenWordAttributeImpl extends AttributeImpl implements WrittenWordAttribute {
  private char[] buffer = new char[32];
  private int length;

  @Override
  public void set(char[] source, int length) {
    if (buffer.length < length) buffer = new char[Math.max(length, buffer.length * 2)];
    System.arraycopy(source, 0, buffer, 0, length);
    this.length = length;
  }

  @Override
  public char[] buffer() {
    return buffer;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public void clear() {
    length = 0;
  }

  /** A captured state must keep its own characters: the default clone would share the array with this one. */
  @Override
  public WrittenWordAttributeImpl clone() {
    WrittenWordAttributeImpl copy = (WrittenWordAttributeImpl) super.clone();
    copy.buffer = java.util.Arrays.copyOf(buffer, Math.max(length, 1));
    return copy;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((WrittenWordAttribute) target).set(buffer, length);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WrittenWordAttribute.class, "word", word());
  }
}
