package findings.bench;

import findings.model.Hit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The peer: SQLite FTS5 through sqlite-jdbc, on the same paragraphs (with the same metadata) as Findings. Ranking by
 * bm25, highlighting by FTS5's highlight(), facet counts by GROUP BY over the matching rows, one query per facet.
 */
public final class SqlitePeer implements QueryMix.Engine, AutoCloseable {
  private static final String[] FACETS = {"authority", "year", "type", "section", "grade"};

  private final Connection db;
  private final double loadSeconds;
  private final long rows;

  private SqlitePeer(Connection db, double loadSeconds, long rows) {
    this.db = db;
    this.loadSeconds = loadSeconds;
    this.rows = rows;
  }

  /** Builds the FTS5 table in {@code file} from the paragraphs {@code source} hands over. */
  public static SqlitePeer build(Path file, Consumer<Consumer<Hit>> source) throws Exception {
    Files.deleteIfExists(file);
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
    long start = System.nanoTime();
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("CREATE VIRTUAL TABLE p USING fts5(text, authority UNINDEXED, year UNINDEXED, type UNINDEXED,"
          + " section UNINDEXED, grade UNINDEXED, id UNINDEXED, tokenize = 'porter unicode61')");
    }
    db.setAutoCommit(false);
    long[] count = {0};
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      source.accept(hit -> {
        try {
          insert.setString(1, hit.text());
          insert.setString(2, nz(hit.report().authority()));
          insert.setString(3, hit.report().year() == null ? "" : hit.report().year().toString());
          insert.setString(4, hit.report().type());
          insert.setString(5, nz(hit.section()));
          insert.setString(6, nz(hit.grade()));
          insert.setString(7, hit.id());
          insert.addBatch();
          if (++count[0] % 10_000 == 0) insert.executeBatch();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      insert.executeBatch();
    }
    db.commit();
    try (Statement s = db.createStatement()) {
      s.execute("INSERT INTO p(p) VALUES ('optimize')");
    }
    db.commit();
    return new SqlitePeer(db, (System.nanoTime() - start) / 1e9, count[0]);
  }

  /**
   * Opens the table {@link #build} made in {@code file}, for another connection beside the first (each thread of a
   * concurrent load has one: a connection is used by one thread at a time).
   */
  public static SqlitePeer open(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) throw new SQLException("no SQLite database at " + file);
    Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
    return new SqlitePeer(db, 0, 0);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public double loadSeconds() {
    return loadSeconds;
  }

  public long rows() {
    return rows;
  }

  @Override
  public void search(QueryMix.Query query, QueryMix.Variant variant) throws SQLException {
    switch (variant) {
      case ALONE -> select("SELECT id, text FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20", query.text());
      case FILTERED -> select("SELECT id, text FROM p WHERE p MATCH ? AND authority = ? AND year = ? ORDER BY rank LIMIT 20",
          query.text(), query.authority(), query.year());
      case FULL -> full(query, false, 0);
      case PAGE_TWO -> full(query, false, 20);
    }
  }

  /** A page of the peer's answer: each match's id and highlighted text, and each facet's values with their counts. */
  public record Page(List<String[]> hits, Map<String, List<String[]>> counts) {}

  /**
   * What a page asks for: 20 matches from {@code offset} highlighted, and each facet's counts over the matches. With
   * {@code filtered}, only the query's authority and year, and each of those two dimensions counted without its own
   * filter (as Findings counts a dimension a filter names, so that the page can offer its other values).
   */
  public Page full(QueryMix.Query query, boolean filtered, int offset) throws SQLException {
    String match = query.text();
    String bothFilters = filtered ? " AND authority = ? AND year = ?" : "";
    String[] bothParams = filtered ? new String[] {match, query.authority(), query.year()} : new String[] {match};
    List<String[]> hits = select("SELECT id, highlight(p, 0, '<mark>', '</mark>') FROM p WHERE p MATCH ?" + bothFilters
        + " ORDER BY rank LIMIT 20" + (offset > 0 ? " OFFSET " + offset : ""), bothParams);
    Map<String, List<String[]>> counts = new LinkedHashMap<>();
    for (String facet : FACETS) {
      String filters = bothFilters;
      String[] params = bothParams;
      if (filtered && facet.equals("authority")) {
        filters = " AND year = ?";
        params = new String[] {match, query.year()};
      } else if (filtered && facet.equals("year")) {
        filters = " AND authority = ?";
        params = new String[] {match, query.authority()};
      }
      counts.put(facet, select("SELECT " + facet + ", count(*) FROM p WHERE p MATCH ?" + filters + " GROUP BY " + facet
          + " ORDER BY 2 DESC", params));
    }
    return new Page(hits, counts);
  }

  /** How many paragraphs an FTS5 query matches. */
  public long count(String match) throws SQLException {
    return Long.parseLong(select("SELECT count(*) FROM p WHERE p MATCH ?", match).get(0)[0]);
  }

  /** Every row of a query, each column as text. */
  private List<String[]> select(String sql, String... params) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) s.setString(i + 1, params[i]);
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          String[] row = new String[columns];
          for (int c = 0; c < columns; c++) row[c] = r.getString(c + 1);
          out.add(row);
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
