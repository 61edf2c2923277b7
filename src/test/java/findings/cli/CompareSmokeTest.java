package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.bench.BuildComparison;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seconds of {@code bench compare} on the seeds: a build compared with itself searches in both class loaders and
 * gives every round a time; a build that cannot be compared, and an index that is not there, are refused by name.
 */
class CompareSmokeTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexSeeds() {
    index = tmp.resolve("index");
    IndexCommandTest.Run r = IndexCommandTest.run("index", "--index", index.toString(), "seeds");
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void aBuildComparedWithItselfSearchesInBothLoaders() throws Exception {
    BuildComparison.Build build = new BuildComparison.Build("this build", BenchCommand.Compare.thisClassPath());
    for (String kind : new String[] {"mix", "thesaurus"}) {
      for (String variant : new String[] {"alone", "filtered", "full", "page2"}) {
        BuildComparison.Plan plan = new BuildComparison.Plan(index, kind, variant, 3, 1, Duration.ofMillis(50));
        BuildComparison.Result result = BuildComparison.run(build, build, plan);
        assertEquals(2, result.before().length, kind + " " + variant);
        for (double ratio : result.ratios()) assertTrue(ratio > 0 && Double.isFinite(ratio), kind + " " + variant + ": " + ratio);
        for (double ms : result.after()) assertTrue(ms > 0 && ms < 1_000, kind + " " + variant + ": " + ms + " ms a search");
      }
    }
  }

  /** Queries a build does not know (a build from before the thesaurus queries) are refused in that build's name. */
  @Test
  void queriesABuildDoesNotKnowAreRefusedInItsName() throws Exception {
    BuildComparison.Build build = new BuildComparison.Build("this build", BenchCommand.Compare.thisClassPath());
    BuildComparison.Plan plan = new BuildComparison.Plan(index, "nonsense", "full", 3, 1, Duration.ofMillis(50));
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BuildComparison.run(build, build, plan));
    assertTrue(refused.getMessage().startsWith("this build: queries nonsense: one of"), refused.getMessage());
  }

  @Test
  void aJarWithoutTheRoundsIsRefusedByName() throws Exception {
    Path jar = tmp.resolve("other.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream empty = new JarOutputStream(out)) {
      // no classes at all: a build from before 'bench compare', or not Findings
    }
    IndexCommandTest.Run r = IndexCommandTest.run("bench", "compare", "--index", index.toString(), "--before", jar.toString(),
        "--rounds", "2", "--unmeasured", "1", "--round-ms", "10");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains(jar + ": no findings.bench.SearchRounds in it"), r.err());
  }

  @Test
  void optionsAreCheckedBeforeAnyWork() {
    IndexCommandTest.Run noIndex = IndexCommandTest.run("bench", "compare", "--index", tmp.resolve("none").toString(),
        "--before", "pom.xml");
    assertEquals(2, noIndex.exit());
    assertTrue(noIndex.err().contains("--index " + tmp.resolve("none") + ": no index there"), noIndex.err());
    IndexCommandTest.Run badVariant = IndexCommandTest.run("bench", "compare", "--index", index.toString(), "--before", "pom.xml",
        "--variant", "fast");
    assertEquals(2, badVariant.exit());
    assertTrue(badVariant.err().contains("--variant must be one of alone, filtered, full, page2, not fast"), badVariant.err());
    IndexCommandTest.Run noJar = IndexCommandTest.run("bench", "compare", "--index", index.toString(), "--before", "no-such.jar");
    assertEquals(2, noJar.exit());
    assertTrue(noJar.err().contains("--before no-such.jar: no such file"), noJar.err());
  }
}
