package findings.index;

/**
 * The index refused a report's documents (Lucene's limit on a term's or a value's length, say), before adding any of
 * them: nothing of the report was written, and what its source indexed before stands.
 */
public class ReportRefusedException extends RuntimeException {
  ReportRefusedException(IllegalArgumentException refusal) {
    super(whatWasRefused(refusal.getMessage()), refusal);
  }

  /** Lucene's complaint up to its first full stop: what it refused, without its advice to the analyser's author. */
  static String whatWasRefused(String message) {
    if (message == null) return "refused by the index";
    int stop = message.indexOf(". ");
    String first = stop < 0 ? message : message.substring(0, stop);
    return first.replaceFirst(", all of which were skipped$", "");
  }
}
