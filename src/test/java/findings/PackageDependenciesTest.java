package findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, cli → web → search → index → model ← ingest (bench beside cli), so that each stage
 * of the pipeline can be read and tested without those that come after it; and each library stays in the package
 * whose job it is. Read from the sources' imports and the names they spell out in full.
 */
class PackageDependenciesTest {
  private static final Path MAIN = Path.of("src/main/java/findings");

  /** The packages of Findings each package may use: none that uses it, directly or not. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of(),
      "ingest", Set.of("model"),
      "index", Set.of("model"),
      "search", Set.of("index", "model"),
      "web", Set.of("search", "index", "model"),
      "bench", Set.of("search", "index", "ingest", "model"),
      "cli", Set.of("web", "search", "index", "ingest", "model", "bench"));

  /** Each library, and the packages that may use it. */
  private static final Map<String, Set<String>> LIBRARIES = Map.of(
      "io.javalin", Set.of("web"),
      "org.apache.pdfbox", Set.of("ingest"),
      // The benchmark's raw Lucene program and its baseline index are Lucene by definition.
      "org.apache.lucene", Set.of("index", "search", "bench"));

  private static final Pattern OWN = Pattern.compile("\\bfindings\\.([a-z]+)\\.[A-Z]");

  @Test
  void everyPackageOfTheCodeIsKnown() throws IOException {
    assertEquals(ALLOWED.keySet(), new TreeSet<>(packages()));
  }

  @Test
  void packagesDependOneWayTowardsTheModel() throws IOException {
    Map<String, Set<String>> wrong = new TreeMap<>();
    for (String pkg : packages()) {
      for (Path file : sources(pkg)) {
        Matcher m = OWN.matcher(code(file));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
            wrong.computeIfAbsent(MAIN.relativize(file).toString(), k -> new TreeSet<>()).add(used);
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), "files using a package that may not be used from theirs (cli → web → search → index → model ← ingest): " + wrong);
  }

  @Test
  void eachLibraryIsUsedOnlyWhereItsJobIs() throws IOException {
    Map<String, Set<String>> wrong = new TreeMap<>();
    for (String pkg : packages()) {
      for (Path file : sources(pkg)) {
        String code = code(file);
        LIBRARIES.forEach((library, where) -> {
          if (!where.contains(pkg) && code.contains(library + ".")) {
            wrong.computeIfAbsent(MAIN.relativize(file).toString(), k -> new TreeSet<>()).add(library);
          }
        });
      }
    }
    assertTrue(wrong.isEmpty(), "files using a library outside its package: " + wrong);
  }

  private static List<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Path> sources(String pkg) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The file without its comments and string literals: a class named in prose or a logger's name is no dependency. */
  private static String code(Path file) throws IOException {
    return Files.readString(file)
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("(?<!:)//[^\\n]*", " ")
        .replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
  }
}
