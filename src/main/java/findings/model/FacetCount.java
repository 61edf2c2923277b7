package findings.model;

/** One value of a facet and how many matching paragraphs carry it. */
public record FacetCount(String value, long count) {}
