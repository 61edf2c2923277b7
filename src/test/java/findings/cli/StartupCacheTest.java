package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which command lines {@code serve} may start again with the startup cache, and with which JVM options. */
class StartupCacheTest {
  @Test
  void repeatsTheJvmOptionsOfAJarCommandLine() {
    assertEquals(Optional.of(List.of("-Xmx512m", "--enable-native-access=ALL-UNNAMED")),
        StartupCache.jvmOptions(new String[] {"-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-jar", "findings.jar", "serve", "-jar"}));
    assertEquals(Optional.of(List.of()), StartupCache.jvmOptions(new String[] {"-jar", "findings.jar", "serve"}));
  }

  @Test
  void leavesOtherCommandLinesAlone() {
    // a class path and a main class: not the jar's command line
    assertTrue(StartupCache.jvmOptions(new String[] {"-cp", "target/classes", "findings.cli.Main", "serve"}).isEmpty());
    // a debugger or an agent would be attached twice; a cache or archive given already is the user's choice
    for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:x.jar",
        "-XX:AOTCache=other.aot", "-XX:SharedArchiveFile=app.jsa", "-Xshare:off", "-XX:+AutoCreateSharedArchive")) {
      assertTrue(StartupCache.jvmOptions(new String[] {option, "-jar", "findings.jar", "serve"}).isEmpty(), option);
    }
  }

  @Test
  void theServingJvmHasTheUsersOptionsAndTheCache() {
    StartupCache.CacheFiles files = StartupCache.CacheFiles.of(java.nio.file.Path.of("/opt/findings/findings.jar"));
    List<String> command = StartupCache.servingCommand(List.of("-Xmx512m"), files, new String[] {"serve", "--port", "0"}, 42);
    assertEquals(List.of("-Xmx512m", "-XX:+UseParallelGC", "-XX:AOTCache=/opt/findings/findings.aot"), command.subList(1, 4));
    assertEquals(List.of("-Dfindings.startup-cache=in-use", "-Dfindings.startup-cache.parent=42", "-jar",
        "/opt/findings/findings.jar", "serve", "--port", "0"), command.subList(command.size() - 7, command.size()));
    // No option of its own that changes how the JIT compiles: the cache's start-up gain is not bought with speed later.
    assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:CompileThreshold")), command.toString());
    // the user's own setting is passed on as given
    List<String> told = StartupCache.servingCommand(List.of("-XX:CompileThresholdScaling=6"), files, new String[] {"serve"}, 42);
    assertEquals(List.of("-XX:CompileThresholdScaling=6"), told.stream().filter(o -> o.startsWith("-XX:CompileThreshold")).toList());
  }

  @Test
  void theServingJvmUsesTheParallelCollectorUnlessTheUserChoseOne() {
    StartupCache.CacheFiles files = StartupCache.CacheFiles.of(java.nio.file.Path.of("/x/findings.jar"));
    List<String> plain = StartupCache.servingCommand(List.of("-Xmx512m"), files, new String[] {"serve"}, 42);
    assertEquals(List.of("-XX:+UseParallelGC"), plain.stream().filter(StartupCache::choosesCollector).toList());
    for (String chosen : List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseSerialGC")) {
      List<String> told = StartupCache.servingCommand(List.of(chosen, "-Xmx1g"), files, new String[] {"serve"}, 42);
      assertEquals(List.of(chosen), told.stream().filter(StartupCache::choosesCollector).toList(), chosen);
    }
    assertFalse(StartupCache.choosesCollector("-XX:ParallelGCThreads=2"));
  }

  @Test
  void theCacheIsTrainedForItsClassesNotForItsMethodProfiles() {
    StartupCache.CacheFiles files = StartupCache.CacheFiles.of(java.nio.file.Path.of("/opt/findings/findings.jar"));
    List<String> command = StartupCacheCommand.trainingCommand(files, java.nio.file.Path.of("/tmp/i"), java.nio.file.Path.of("/srv/seeds"));
    // A diagnostic option: the JVM refuses it unless diagnostic options are unlocked before it.
    int unlocked = command.indexOf("-XX:+UnlockDiagnosticVMOptions");
    assertTrue(unlocked > 0 && unlocked < command.indexOf("-XX:-AOTRecordTraining"), command.toString());
    assertTrue(command.contains("-XX:AOTCacheOutput=/opt/findings/findings.aot"), command.toString());
    assertEquals(List.of("-jar", "/opt/findings/findings.jar", "startup-cache", "--training", "/tmp/i", "--source", "/srv/seeds"),
        command.subList(command.size() - 7, command.size()));
  }

  @Test
  void picocliIsBuiltAsClassFilesTheCacheCanLink() throws java.io.IOException {
    // picocli's released jar holds Java 5 class files, which the startup cache loads but leaves to be linked cold
    // on every start; the build compiles its sources with ours instead (pom.xml, picocli-sources).
    try (java.io.DataInputStream in = new java.io.DataInputStream(
        picocli.CommandLine.class.getResourceAsStream("CommandLine.class"))) {
      assertEquals(0xCAFEBABE, in.readInt());
      in.readUnsignedShort(); // minor version
      int major = in.readUnsignedShort();
      assertTrue(major >= 65, "picocli's CommandLine.class is class file version " + major + ", older than Java 21's 65");
    }
  }

  @Test
  void servesInThisJvmWhenNotRunFromAJarOrNotServing() {
    // Tests run from target/classes: no jar, so no second JVM, whatever the command.
    assertTrue(StartupCache.serveFromCache(new String[] {"serve", "--port", "0"}).isEmpty());
    assertTrue(StartupCache.serveFromCache(new String[] {"index", "seeds"}).isEmpty());
    assertTrue(StartupCache.serveFromCache(new String[0]).isEmpty());
  }
}
