package findings.model;

/**
 * A search of plain words that found nothing, with one of its words left out: {@code query} is the rest, which finds
 * {@code total} paragraphs (at most {@link #COUNTED_TO}: "that many or more").
 */
public record FewerWords(String without, String query, long total) {
  /** Counting stops here: the page says "1,000 or more", and counting every match of a million paragraphs costs. */
  public static final long COUNTED_TO = 1000;
}
