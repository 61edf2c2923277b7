package findings.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as ingested: its metadata, graded areas and paragraphs in order.
 *
 * @param authority canonical authority name, or null where none was recognised (never guessed)
 * @param published publication date, or null where none was recognised
 * @param year the year of {@code published}, or of a month printed without a day where there is none; else null
 * @param formerIds ids that earlier versions of Findings, or an earlier reading of the same file, gave this report:
 *     links made with them must still lead to it
 * @param warnings what ingestion noticed but could not resolve, for the index summary
 */
public record Report(
    String id,
    List<String> formerIds,
    String title,
    String authority,
    String authorityCode,
    ReportType type,
    LocalDate published,
    Integer year,
    String reference,
    String sourceFile,
    String sha256,
    List<GradedArea> gradedAreas,
    List<Paragraph> paragraphs,
    List<String> warnings) {

  public Report {
    formerIds = List.copyOf(formerIds);
    gradedAreas = List.copyOf(gradedAreas);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The same report under another id: two different files that would otherwise share one. */
  public Report withId(String newId) {
    return new Report(newId, formerIds, title, authority, authorityCode, type, published, year, reference, sourceFile, sha256,
        gradedAreas, paragraphs, warnings);
  }

  /** The same report, also known by an id it had before (not its own, not one it is already known by). */
  public Report withFormerId(String formerId) {
    if (formerId.equals(id) || formerIds.contains(formerId)) return this;
    List<String> former = new ArrayList<>(formerIds);
    former.add(formerId);
    return new Report(id, former, title, authority, authorityCode, type, published, year, reference, sourceFile,
        sha256, gradedAreas, paragraphs, warnings);
  }

  /** The citation the contract prescribes, e.g. "Joint area review: City of London (Ofsted, published 21 December 2007), paragraph 23". */
  public String citation(Paragraph p) {
    return Citations.cite(this, p);
  }
}
