package findings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's ahead-of-time cache for {@code serve}'s start (JDK 25 and newer).
 *
 * <p>Why: a cold JVM spends most of {@code serve}'s first two to three seconds loading, linking and compiling the
 * classes of Lucene, Jetty and Jackson on two cores. A cache written by a training run at build time ({@code mvn
 * package} runs {@link StartupCacheCommand}) holds them loaded and linked — but
 * the JVM reads it only when its command line says {@code -XX:AOTCache=…}, and {@code java -jar findings.jar serve}
 * cannot carry a JVM option. So {@code serve} started without the cache starts a second JVM with the same options
 * plus the cache, hands it the terminal and passes on its exit code: a tenth of a second for the first JVM, a good
 * part of a second saved in the second.
 *
 * <p>The cache is used only when it was written for this very jar (path, size, time) by this very JVM; anything else
 * (an older JDK, a rebuilt jar, a cache never written, {@code -Dfindings.startup-cache=off}, a JVM already given a
 * cache, an agent or a debugger) serves in the first JVM as before.
 */
final class StartupCache {
  private StartupCache() {}

  /** System property: "off" serves without the cache; the second JVM carries "in-use". */
  static final String PROPERTY = "findings.startup-cache";
  private static final String IN_USE = "in-use";
  /** System property given to the second JVM: the first JVM's process id, so that it stops when the first is gone. */
  private static final String PARENT = "findings.startup-cache.parent";
  /** The first Java release whose JVM writes and reads an AOT cache ({@code -XX:AOTCacheOutput}, JEP 514). */
  static final int FIRST_RELEASE = 25;

  /** Whether this JVM was started from the cache by {@link #serveFromCache}. */
  static boolean inUse() {
    return IN_USE.equals(System.getProperty(PROPERTY));
  }

  /** The cache of a jar: {@code findings.aot} beside {@code findings.jar}, with what it was written for beside it. */
  record CacheFiles(Path jar, Path cache, Path record) {
    static CacheFiles of(Path jar) {
      String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
      return new CacheFiles(jar, jar.resolveSibling(name + ".aot"), jar.resolveSibling(name + ".aot.properties"));
    }
  }

  /** The jar this code runs from, if it runs from one. */
  static Optional<Path> runningJar() {
    try {
      Path p = Path.of(StartupCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The {@code java} command of this JVM, to start another like it. */
  static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** What a cache is valid for: the jar's path, size and time and the JVM that wrote it. */
  static Properties validFor(Path jar) throws IOException {
    Properties p = new Properties();
    p.setProperty("jar", jar.toString());
    p.setProperty("jar.size", Long.toString(Files.size(jar)));
    p.setProperty("jar.modified", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
    p.setProperty("java.home", System.getProperty("java.home"));
    p.setProperty("java.vm.version", System.getProperty("java.vm.version"));
    return p;
  }

  /**
   * Serves from a second JVM started with the cache, when there is a cache for this jar and JVM and this command line
   * may be started again; returns its exit code, or nothing when {@code serve} should run here.
   */
  static OptionalInt serveFromCache(String[] args) {
    if (args.length == 0 || !args[0].equals("serve") || System.getProperty(PROPERTY) != null) return OptionalInt.empty();
    if (Runtime.version().feature() < FIRST_RELEASE) return OptionalInt.empty();
    Optional<Path> jar = runningJar();
    if (jar.isEmpty()) return OptionalInt.empty();
    CacheFiles files = CacheFiles.of(jar.get());
    Optional<List<String>> jvmOptions = jvmOptions(ProcessHandle.current().info().arguments().orElse(new String[0]));
    if (jvmOptions.isEmpty() || !Files.isRegularFile(files.cache()) || !writtenFor(files)) return OptionalInt.empty();

    List<String> command = servingCommand(jvmOptions.get(), files, args, ProcessHandle.current().pid());
    Process server;
    try {
      server = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    // Asked to stop (Ctrl-C, a service manager's SIGTERM), the first JVM asks the second and waits for it to close the
    // index; killed outright, it cannot, and the second notices by itself (watchParent).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!server.isAlive()) return;
      server.destroy();
      try {
        server.waitFor(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    while (true) {
      try {
        return OptionalInt.of(server.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the server decides when serving ends
      }
    }
  }

  /**
   * The serving JVM's garbage collector, unless its options name one. A search allocates a few hundred kilobytes and
   * keeps almost none of it, so the young collections' pauses are what a search waits for beyond its own time; the
   * parallel collector's are shorter on two cores than G1's, the JDK's default, and it does no concurrent work beside
   * the searches. Under wrk at 10k, alternated twice: 11,455 / 12,190 requests/s, p99 3.15 / 2.93 ms against G1's
   * 10,444 / 11,146 and 4.28 / 4.23 ms; at 1M about the same (3,043 / 2,934 against 2,857 / 2,969 requests/s, p99
   * 13.0 / 13.4 against 14.1 / 13.5 ms). A whole collection at 1M, rare, took 42 ms (BENCHMARKS.md, "Server round
   * (session 33)"). The cache, written under G1, loads under it.
   */
  static final String COLLECTOR = "-XX:+UseParallelGC";

  /** Whether a JVM option chooses the garbage collector ({@code -XX:+UseG1GC}, {@code -XX:+UseZGC}, …). */
  static boolean choosesCollector(String option) {
    return option.matches("-XX:[+-]Use\\w+GC");
  }

  /**
   * The second JVM's command line: this JVM's options, the cache, and {@code serve}'s own arguments.
   */
  static List<String> servingCommand(List<String> jvmOptions, CacheFiles files, String[] args, long parentPid) {
    List<String> command = new ArrayList<>();
    command.add(javaLauncher());
    command.addAll(jvmOptions);
    if (jvmOptions.stream().noneMatch(StartupCache::choosesCollector)) command.add(COLLECTOR);
    // The serving JVM compiles at the JIT's usual counts. It once counted six times as many calls before compiling
    // (-XX:CompileThresholdScaling=6), which gave the start the cores instead of the compilers: at a million paragraphs
    // the first answer 0.63-0.64 s against 0.70-0.74 s, the next 30 searches 0.84-0.89 s against 1.02-1.10 s. But
    // with the method profiles the cache then held, the server took minutes to reach its speed under load: at 10k,
    // 7,186 requests/s after 40 s of wrk (the usual counts 9,606); at 1M, 2,416 after 64 s (the usual counts 2,653). A
    // server runs for days and its start is well within two seconds either way, so the start gives way.
    command.add("-XX:AOTCache=" + files.cache());
    // A cache the JVM finds unusable after all is skipped; saying so on every start would only alarm the user.
    command.add("-Xlog:aot=off");
    command.add("-Xlog:cds=off");
    command.add("-D" + PROPERTY + "=" + IN_USE);
    command.add("-D" + PARENT + "=" + parentPid);
    command.add("-jar");
    command.add(files.jar().toString());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The JVM options of a {@code java [options] -jar file …} command line, which the second JVM repeats; nothing when
   * the command line has another shape, or already names a cache, an archive, an agent or a debugger (two JVMs with the
   * same debugger port, or an agent attached twice, would be worse than a slower start).
   */
  static Optional<List<String>> jvmOptions(String[] arguments) {
    List<String> options = new ArrayList<>();
    for (String a : arguments) {
      if (a.equals("-jar")) return Optional.of(options);
      if (a.startsWith("-XX:AOT") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare")
          || a.contains("CreateSharedArchive") || a.startsWith("-agentlib") || a.startsWith("-agentpath")
          || a.startsWith("-javaagent") || a.startsWith("-Xdebug") || a.startsWith("-Xrun")) {
        return Optional.empty();
      }
      options.add(a);
    }
    return Optional.empty();
  }

  private static boolean writtenFor(CacheFiles files) {
    Properties recorded = new Properties();
    try (InputStream in = Files.newInputStream(files.record())) {
      recorded.load(in);
      return recorded.equals(validFor(files.jar()));
    } catch (IOException e) {
      return false;
    }
  }

  /** Records what a freshly written cache is valid for. */
  static void recordValidity(CacheFiles files) throws IOException {
    try (OutputStream out = Files.newOutputStream(files.record())) {
      validFor(files.jar()).store(out, "what " + files.cache().getFileName() + " was written for");
    }
  }

  /**
   * In the second JVM: stops serving (closing the index in order) when the first JVM is gone — killed outright, it
   * could not ask — so that no server is left holding the index folder with no one to stop it.
   */
  static void watchParent() {
    String parent = System.getProperty(PARENT);
    if (parent == null) return;
    try {
      ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
          p -> p.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
    } catch (NumberFormatException e) {
      // not started by serveFromCache: nothing to watch
    }
  }
}
