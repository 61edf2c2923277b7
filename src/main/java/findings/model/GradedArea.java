package findings.model;

/** One area a report judges, with its grade; {@code grade} is null where the area was considered but not graded. */
public record GradedArea(String area, Grade grade) {}
