package findings.model;

/** The report a hit comes from, as a result list shows it. {@code published} is ISO (yyyy-mm-dd) or null. */
public record ReportRef(String id, String title, String authority, String type, String published, Integer year) {}
