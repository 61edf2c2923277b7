package findings.search;

import findings.index.Fields;
import findings.index.Vocabulary;
import findings.model.Gazetteer;
import findings.model.Grade;
import findings.model.Kind;
import findings.model.ReportType;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A filter's value as the index holds it, from a value typed in an address or a script: "havering" or "London
 * Borough of Havering" for Havering, "good" for Good, "joint area review" for Joint area review. Filters are exact,
 * so such a value found nothing, and said nothing, though the query's own fields ("grade:good") found them. A value
 * that names nothing known is kept as typed (and matches nothing); years and sections are kept as typed.
 */
final class FilterValues {
  private FilterValues() {}

  /** The authorities' own names: one of them is kept as it is, though another authority's forms hold it too. */
  private static final class Names {
    static final Set<String> CANONICAL =
        Authorities.GAZETTEER.authorities().stream().map(Gazetteer.Authority::name).collect(Collectors.toUnmodifiableSet());
  }

  static String canonical(String facet, String typed) {
    return switch (facet) {
      case Fields.AUTHORITY -> Names.CANONICAL.contains(typed) ? typed
          : Authorities.GAZETTEER.lookup(typed).map(Gazetteer.Authority::name).orElse(typed);
      case Fields.GRADE -> Grade.parse(typed).map(Grade::label).orElse(typed);
      case Fields.KIND -> Kind.fromLabel(typed).map(Kind::label).orElse(typed);
      case Fields.TYPE -> ReportType.fromLabel(typed).map(ReportType::label).orElse(typed);
      case Fields.THEME -> Vocabulary.get().themeNames().stream().filter(typed::equalsIgnoreCase).findFirst().orElse(typed);
      default -> typed;
    };
  }
}
