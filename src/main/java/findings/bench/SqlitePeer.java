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
import java.util.List;
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
    String match = query.text();
    switch (variant) {
      case ALONE -> drain("SELECT id, text FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20", match);
      case FILTERED -> drain("SELECT id, text FROM p WHERE p MATCH ? AND authority = ? AND year = ? ORDER BY rank LIMIT 20",
          match, query.authority(), query.year());
      case FULL, PAGE_TWO -> {
        drain("SELECT id, highlight(p, 0, '<mark>', '</mark>') FROM p WHERE p MATCH ? ORDER BY rank LIMIT 20"
            + (variant == QueryMix.Variant.PAGE_TWO ? " OFFSET 20" : ""), match);
        for (String facet : FACETS) {
          drain("SELECT " + facet + ", count(*) FROM p WHERE p MATCH ? GROUP BY " + facet + " ORDER BY 2 DESC", match);
        }
      }
    }
  }

  /** How many paragraphs an FTS5 query matches. */
  public long count(String match) throws SQLException {
    return Long.parseLong(drain("SELECT count(*) FROM p WHERE p MATCH ?", match).get(0));
  }

  private List<String> drain(String sql, String... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) s.setString(i + 1, params[i]);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
