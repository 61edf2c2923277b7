package findings.ingest;

/** One line of a report as read from its file, with the page it stands on (null for sources without pages). */
public record SourceLine(String text, Integer page) {}
