package findings.model;

import java.util.Optional;

/** The kinds of document Findings holds; the label is what users see and filter by. */
public enum ReportType {
  JOINT_AREA_REVIEW("Joint area review"),
  SINGLE_INSPECTION_FRAMEWORK("Single inspection framework report"),
  INSPECTION_OF_CHILDRENS_SERVICES("Inspection of local authority children's services"),
  COMMITTEE_REPORT("Committee report"),
  SELF_ASSESSMENT("Self-assessment"),
  OTHER("Other");

  private final String label;

  ReportType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Lower-case, hyphenated label used inside report ids. */
  public String slug() {
    return Slugs.slug(label);
  }

  public static Optional<ReportType> fromLabel(String label) {
    for (ReportType t : values()) if (t.label.equalsIgnoreCase(label)) return Optional.of(t);
    return Optional.empty();
  }
}
