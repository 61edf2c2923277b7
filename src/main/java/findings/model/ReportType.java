package findings.model;

import java.util.Optional;

/** The kinds of document Findings holds; the label is what users see and filter by. */
public enum ReportType {
  JOINT_AREA_REVIEW("Joint area review"),
  SINGLE_INSPECTION_FRAMEWORK("Single inspection framework report"),
  INSPECTION_OF_CHILDRENS_SERVICES("Inspection of local authority children's services"),
  /** The inspections between the JARs and the SIF (2009–2013). */
  SAFEGUARDING_AND_LOOKED_AFTER_CHILDREN("Safeguarding and looked after children inspection", true),
  CONTACT_REFERRAL_AND_ASSESSMENT("Contact, referral and assessment inspection", true),
  PROTECTION_OF_CHILDREN("Inspection of arrangements for the protection of children", true),
  /** Ofsted's letters on the inspections and visits around the full ones. */
  ANNUAL_PERFORMANCE_ASSESSMENT("Annual performance assessment", true),
  /** The letters that rated each council's children's services a year (2009–2011), after the APAs. */
  ANNUAL_CHILDRENS_SERVICES_ASSESSMENT("Annual children's services assessment", true),
  MONITORING_VISIT("Monitoring visit", true),
  FOCUSED_VISIT("Focused visit", true),
  JOINT_TARGETED_AREA_INSPECTION("Joint targeted area inspection", true),
  /**
   * Ofsted's and the CQC's inspections of how a local area serves children with special educational needs and/or
   * disabilities: "Joint local area SEND inspection in …" letters and their revisits (2016–2022), "Area SEND inspection
   * of … local area partnership" reports since 2023.
   */
  AREA_SEND_INSPECTION("Area SEND inspection", true),
  COMMITTEE_REPORT("Committee report"),
  SELF_ASSESSMENT("Self-assessment"),
  OTHER("Other");

  private final String label;
  private final boolean typedOtherBefore;

  ReportType(String label) {
    this(label, false);
  }

  ReportType(String label, boolean typedOtherBefore) {
    this.label = label;
    this.typedOtherBefore = typedOtherBefore;
  }

  public String label() {
    return label;
  }

  /** Lower-case, hyphenated label used inside report ids. */
  public String slug() {
    return Slugs.slug(label);
  }

  /**
   * Whether Findings typed such reports {@link #OTHER} before it knew this type (in indexes of schema 15 and before): their ids then
   * had "other" where they now have this type's slug, and those ids must still lead to them.
   */
  public boolean typedOtherBefore() {
    return typedOtherBefore;
  }

  public static Optional<ReportType> fromLabel(String label) {
    for (ReportType t : values()) if (t.label.equalsIgnoreCase(label)) return Optional.of(t);
    return Optional.empty();
  }
}
