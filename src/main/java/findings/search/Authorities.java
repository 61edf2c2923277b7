package findings.search;

import findings.model.Gazetteer;

/**
 * The gazetteer the reports are tagged by, for the search: read on the first query or filter that could name an
 * authority, not at start (a server's first answer waits for nothing it does not need).
 */
final class Authorities {
  static final Gazetteer GAZETTEER = Gazetteer.load();

  private Authorities() {}
}
