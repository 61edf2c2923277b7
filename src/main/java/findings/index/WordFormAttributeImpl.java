package findings.index;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The implementation Lucene's attribute factory finds by name for {@link WordFormAttribute}. */
public final class WordFormAttributeImpl extends AttributeImpl implements WordFormAttribute {
  private WordForm form;

  @Override
  public void set(WordForm form) {
    this.form = form;
  }

  @Override
  public WordForm form() {
    return form;
  }

  @Override
  public void clear() {
    form = null;
  }

  /** A form never changes once made, so a captured state may share it. */
  @Override
  public void copyTo(AttributeImpl target) {
    ((WordFormAttribute) target).set(form);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(WordFormAttribute.class, "written", form == null ? null : new String(form.written));
  }
}
