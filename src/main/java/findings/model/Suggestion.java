package findings.model;

/** A completion offered as the user types: a word of the reports, an authority, or a thesaurus term. */
public record Suggestion(String text, String kind) {}
