package findings.model;

import java.util.List;

/** A report without its paragraphs: the body of each entry of {@code GET /api/reports}. */
public record ReportSummary(
    String id,
    String title,
    String authority,
    String authorityCode,
    String type,
    String published,
    Integer year,
    String reference,
    String sourceFile,
    String sha256,
    int paragraphCount,
    List<Area> gradedAreas,
    List<String> warnings) {

  /** A graded area as the API shows it; {@code grade} is null where the area was not graded. */
  public record Area(String area, String grade) {}

  public static ReportSummary of(Report r) {
    return new ReportSummary(r.id(), r.title(), r.authority(), r.authorityCode(), r.type().label(),
        r.published() == null ? null : r.published().toString(), r.year(), r.reference(), r.sourceFile(), r.sha256(),
        r.paragraphs().size(),
        r.gradedAreas().stream().map(a -> new Area(a.area(), a.grade() == null ? null : a.grade().label())).toList(),
        r.warnings());
  }

  public ReportRef ref() {
    return new ReportRef(id, title, authority, type, published, year);
  }
}
