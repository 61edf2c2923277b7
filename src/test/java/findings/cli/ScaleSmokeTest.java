package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seconds of the scale benchmark on a tiny corpus: every stage runs and prints its figures, and the chart is drawn. */
class ScaleSmokeTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void everyStageOfTheScaleBenchmarkRunsOnATinyCorpus() throws Exception {
    Path dir = Files.createTempDirectory(tmp, "findings-scale-smoke");
    Path chart = dir.resolve("latency.svg");
    IndexCommandTest.Run r = IndexCommandTest.run("bench", "scale", "--sizes", "1500", "--pdf-reports", "2",
        "--server-seconds", "1", "--connections", "4", "--query-warmup", "0", "--query-seconds", "0", "--work", dir.resolve("work").toString(), "--chart", chart.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    for (String stage : new String[] {"ingest, Findings from text:", "ingest, raw Lucene", "ingest, Findings from PDF: 2 reports",
        "ingest, SQLite FTS5 peer", "× the paragraphs/s", "(searches measured a row", "SQLite given the equivalents |", "equivalents: SQLite given every equivalent", "× the size on disk", "| mix full |", "| thesaurus full |", "errors 0, 5xx 0",
        "reading, one request at a time", "/reports/{id} p50", "/api/paragraphs/{id}/{n}/similar p50", "failures 0",
        "server, serve's /api/search (-Xmx512m -XX:+UseParallelGC, from the class path: no startup cache;", "server, SQLite FTS5 peer under the same load", "server, Findings / SQLite: ",
        "server, serve's /api/search answering afresh (-Xmx512m -XX:+UseParallelGC, from the class path: no startup cache -Dfindings.remember=off:",
        "server answering afresh, Findings / SQLite: ",
        "serve on the existing index (-Xmx512m -XX:+UseParallelGC, from the class path: no startup cache): first answer (HTTP 200) median ",
        "serve, SQLite FTS5 peer (a JVM of its own on the database, -Xmx512m -XX:+UseParallelGC, the JDK's HTTP server): first answer (HTTP 200) median "}) {
      assertTrue(r.out().contains(stage), stage + " missing in:\n" + r.out());
    }
    // Both servers answered every request of the load: ours, ours again remembering nothing, then the peer's.
    assertEquals(3, r.out().split("errors 0, 5xx 0, 4xx 0", -1).length - 1, r.out());
    // Each server was loaded in its own JVM, started as it is run, whose memory was read again after the load.
    assertEquals(2, r.out().split("; after the load: heap used ", -1).length - 1, r.out());
    // Each server was loaded until its rate stopped rising, two rounds at least, before it was measured.
    assertTrue(r.out().matches("(?s).*\\(server: Findings warmed up in [2-9] rounds of 1 s .*; Findings afresh warmed up in [2-9] rounds of 1 s .*"
            + "; SQLite warmed up in [2-9] rounds of 1 s .*"),
        "both warm-ups in:\n" + r.out());
    // A small index is merged into one segment at its commit (SmallSegmentsMergePolicy).
    assertTrue(r.out().contains("× the text, 1 segment\n"), "one segment in:\n" + r.out());
    assertTrue(Files.readString(chart).contains("<polyline"), "the chart has lines");
  }

  /** The heap is read from jcmd whichever collector the server runs: G1 gives the whole heap, the others each generation. */
  @Test
  void heapIsReadFromG1AndFromTheParallelCollector() {
    ScaleRun.Memory g1 = ScaleRun.heapOf(" garbage-first heap   total reserved 524288K, committed 397312K, used 86016K [0x00000000e0000000, 0x0000000100000000)\n"
        + "  region size 1024K, 40 young (40960K), 2 survivors (2048K)\n", 300);
    assertEquals(84.0, g1.heapUsedMB(), 0.01);
    assertEquals(388.0, g1.heapCommittedMB(), 0.01);
    ScaleRun.Memory parallel = ScaleRun.heapOf("""
        PSYoungGen      total 113152K, used 42807K [0x00000000f5580000, 0x00000000fd380000, 0x0000000100000000)
         eden space 97280K, 44% used [0x00000000f5580000,0x00000000f7f4dfe8,0x00000000fb480000)
         from space 15872K, 0% used [0x00000000fc400000,0x00000000fc400000,0x00000000fd380000)
        ParOldGen       total 258048K, used 2666K [0x00000000e0000000, 0x00000000efc00000, 0x00000000f5580000)
         object space 258048K, 1% used [0x00000000e0000000,0x00000000e029abf8,0x00000000efc00000)
        """, 300);
    assertEquals((42807 + 2666) / 1024.0, parallel.heapUsedMB(), 0.01);
    assertEquals((113152 + 258048) / 1024.0, parallel.heapCommittedMB(), 0.01);
    assertTrue(Double.isNaN(ScaleRun.heapOf("12345: Could not attach", 300).heapUsedMB()));
  }
}
