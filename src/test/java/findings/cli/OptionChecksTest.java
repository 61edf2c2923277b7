package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values that their types let through but the work cannot use are refused by name, with exit code 2, before
 * any work starts: no corpus generated, no index folder made, nothing written.
 */
class OptionChecksTest {
  @TempDir Path tmp;

  private static void refused(IndexCommandTest.Run run, String... named) {
    assertEquals(2, run.exit(), run.out() + run.err());
    for (String n : named) assertTrue(run.err().contains(n), n + " not named in:\n" + run.err());
    assertTrue(run.err().contains("Usage: findings"), "no usage shown:\n" + run.err());
  }

  @Test
  void aCorpusSizeIsANumberOfParagraphs() {
    Path work = tmp.resolve("work");
    refused(IndexCommandTest.run("bench", "scale", "--sizes", "10k,abc", "--work", work.toString()), "--sizes", "'abc'");
    refused(IndexCommandTest.run("bench", "scale", "--sizes", "0", "--work", work.toString()), "--sizes", "at least 1 paragraph");
    refused(IndexCommandTest.run("bench", "scale", "--sizes", "5000M", "--work", work.toString()), "--sizes", "at most 100M");
    refused(IndexCommandTest.run("bench", "ingest", "--size", "1.5k", "--work", work.toString()), "--size", "'1.5k'");
    assertFalse(Files.exists(work), "work started for a size that was refused");
    assertEquals(java.util.List.of(1500L, 10_000L, 2_000_000L),
        java.util.stream.Stream.of("1500", "10k", "2M").map(new BenchCommand.ParagraphCount()::convert).toList());
  }

  @Test
  void countsThatCannotWorkAreRefusedByName() {
    Path work = tmp.resolve("work");
    refused(IndexCommandTest.run("bench", "scale", "--connections", "0", "--work", work.toString()), "--connections", "not 0");
    refused(IndexCommandTest.run("bench", "scale", "--server-seconds", "-1", "--work", work.toString()), "--server-seconds");
    refused(IndexCommandTest.run("bench", "scale", "--query-seconds", "-1", "--work", work.toString()), "--query-seconds");
    refused(IndexCommandTest.run("bench", "ingest", "--rounds", "0", "--work", work.toString()), "--rounds");
    refused(IndexCommandTest.run("bench", "load", "--seconds", "0"), "--seconds");
    refused(IndexCommandTest.run("bench", "scale", "--load-client", "curl", "--work", work.toString()), "--load-client", "auto, wrk, java");
    assertFalse(Files.exists(work), "work started for a count that was refused");
  }

  @Test
  void aChartThatCannotBeWrittenIsRefusedBeforeTheRun() throws Exception {
    Path work = tmp.resolve("work");
    Path folder = Files.createDirectories(tmp.resolve("chart.svg"));
    refused(IndexCommandTest.run("bench", "scale", "--sizes", "1k", "--chart", folder.toString(), "--work", work.toString()),
        "--chart", "is a folder");
    Path underAFile = Files.writeString(tmp.resolve("file"), "x").resolve("chart.svg");
    refused(IndexCommandTest.run("bench", "scale", "--sizes", "1k", "--chart", underAFile.toString(), "--work", work.toString()),
        "--chart", "cannot make its folder");
    assertFalse(Files.exists(work), "the run started although its chart could not be written");
  }

  @Test
  void seedsAndWorkFoldersAreChecked() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    refused(IndexCommandTest.run("bench", "scale", "--seeds", empty.toString()), "--seeds", "no .txt files");
    refused(IndexCommandTest.run("bench", "ingest", "--seeds", tmp.resolve("missing").toString()), "--seeds", "no such folder");
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    refused(IndexCommandTest.run("bench", "ingest", "--work", file.toString()), "--work", "cannot make the folder");
  }

  @Test
  void serveRefusesAPortOutOfRangeBeforeIndexing() {
    Path index = tmp.resolve("index");
    refused(IndexCommandTest.run("serve", "--port", "70000", "--index", index.toString()), "--port", "0 to 65535");
    refused(IndexCommandTest.run("serve", "--time-limit", "0", "--index", index.toString()), "--time-limit");
    refused(IndexCommandTest.run("serve", "--rescan", "-5", "--index", index.toString()), "--rescan");
    assertFalse(Files.exists(index), "the index was made for a serve that was refused");
  }

  @Test
  void anIndexFolderThatIsAFileIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("index"), "not an index");
    IndexCommandTest.Run run = IndexCommandTest.run("index", "--index", file.toString(), "seeds");
    assertEquals(1, run.exit(), run.err());
    assertEquals("findings: " + file + ": not a folder", run.err().strip());
    assertEquals("not an index", Files.readString(file));
  }

  @Test
  void aFolderWithoutAnIndexIsSaidToHaveNone() throws Exception {
    Path notAnIndex = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(notAnIndex.resolve("holiday.jpg"), "x");
    IndexCommandTest.Run run = IndexCommandTest.run("search", "--index", notAnIndex.toString(), "fostering");
    assertEquals(1, run.exit(), run.err());
    assertEquals("findings: no index at " + notAnIndex + "; run 'findings index PATH…' first", run.err().strip());
  }

  @Test
  void fileSystemProblemsSayWhy() {
    // The file system's exceptions carry only the file as their message.
    assertEquals("/srv/index: permission denied", Problems.describe(new AccessDeniedException("/srv/index")));
    assertEquals("permission denied", Problems.reason(new AccessDeniedException("/srv/index")));
    assertEquals("/a: Read-only file system", Problems.describe(new java.nio.file.FileSystemException("/a", null, "Read-only file system")));
    assertEquals("disk full", Problems.describe(new java.io.IOException("disk full")));
  }
}
