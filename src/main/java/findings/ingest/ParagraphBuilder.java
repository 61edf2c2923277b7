package findings.ingest;

import findings.model.Kind;
import java.util.ArrayList;
import java.util.List;

/** A paragraph while the parser is still adding lines to it. */
final class ParagraphBuilder {
  String number;
  final List<String> sectionPath;
  final Kind headingKind;
  final Integer page;
  final StringBuilder text = new StringBuilder();
  final List<String> footnotes = new ArrayList<>();
  /** True when headings stood between this paragraph and the one before it. */
  final boolean afterHeading;
  /** Came from a table; never merged with its neighbours. */
  boolean table;
  Kind kindOverride;
  /** A table column whose items open with a list's mark: a line without one goes on with the item above. */
  boolean markedItems;

  ParagraphBuilder(String number, List<String> sectionPath, Kind headingKind, Integer page, boolean afterHeading) {
    this.number = number;
    this.sectionPath = List.copyOf(sectionPath);
    this.headingKind = headingKind;
    this.page = page;
    this.afterHeading = afterHeading;
  }

  /** Whether the paragraph so far ends a sentence ({@link LineClassifier#endsSentence}); an empty one has none open. */
  boolean endsSentence() {
    return LineClassifier.endsSentence(text) || text.chars().allMatch(Character::isWhitespace);
  }

  boolean endsWithColon() {
    return text.toString().strip().endsWith(":");
  }

  void appendWords(String words) {
    if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      // A word cut with a hyphen at a page break joins its other half directly.
      if (text.charAt(text.length() - 1) == '-' && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2))
          && !words.isEmpty() && Character.isLetter(words.charAt(0))) {
        text.append(words);
        return;
      }
      text.append(' ');
    }
    text.append(words);
  }

  void appendListItem(String item, int indent) {
    if (text.length() > 0) text.append('\n');
    text.append("  ".repeat(indent)).append("- ").append(item);
  }
}
