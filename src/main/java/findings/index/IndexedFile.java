package findings.index;

/** What the index remembers of a source file, to tell whether it changed since it was ingested. */
public record IndexedFile(String source, String reportId, String sha256, long size, long modified) {}
