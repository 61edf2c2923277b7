package findings.cli;

import findings.index.Indexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of option values beyond their types: a count that must be positive, a port in range, a folder that must hold
 * reports, a file that a long run writes only at its end. A value that fails is picocli's own parameter error, so it
 * is printed with the command's usage and exits 2, as a value of the wrong type is, and before any work starts: a
 * benchmark of an hour that cannot write its chart at the end, or that divides by a corpus of no paragraphs, has
 * wasted the hour.
 */
final class OptionChecks {
  private final CommandLine commandLine;

  OptionChecks(CommandSpec spec) {
    this.commandLine = spec.commandLine();
  }

  void atLeast(String option, long value, long least) {
    if (value < least) throw error("%s must be %d or more, not %d", option, least, value);
  }

  void between(String option, long value, long least, long most) {
    if (value < least || value > most) throw error("%s must be %d to %d, not %d", option, least, most, value);
  }

  void oneOf(String option, String value, List<String> choices) {
    if (!choices.contains(value)) throw error("%s must be one of %s, not %s", option, String.join(", ", choices), value);
  }

  /** What an option asks for must be at hand on this machine: {@code why} says what is missing and what to do. */
  void available(String option, boolean available, String why) {
    if (!available) throw error("%s: %s", option, why);
  }

  /** A file to be read: it must exist and be a file. */
  void fileToRead(String option, Path file) {
    if (Files.isDirectory(file)) throw error("%s %s: is a folder, not a file", option, file);
    if (!Files.isRegularFile(file)) throw error("%s %s: no such file", option, file);
    if (!Files.isReadable(file)) throw error("%s %s: cannot be read", option, file);
  }

  /** A folder that must hold a search index. */
  void indexFolder(String option, Path dir) {
    try {
      if (!Indexer.holdsIndex(dir)) throw error("%s %s: no index there", option, dir);
    } catch (IOException e) {
      throw error("%s %s: %s", option, dir, Problems.describe(e));
    }
  }

  /** A folder that must exist and hold, in it or below, at least one file whose name ends with one of {@code suffixes}. */
  void folderWith(String option, Path dir, String... suffixes) {
    if (!Files.isDirectory(dir)) throw error("%s %s: no such folder", option, dir);
    try (Stream<Path> files = Files.walk(dir)) {
      if (files.noneMatch(f -> Files.isRegularFile(f) && Stream.of(suffixes).anyMatch(f.getFileName().toString()::endsWith))) {
        throw error("%s %s: no %s files in it", option, dir, String.join(" or ", suffixes));
      }
    } catch (IOException e) {
      throw error("%s %s: %s", option, dir, Problems.describe(e));
    }
  }

  /** A folder to work in: made now if it is missing, and refused if it cannot be made or written. */
  void workFolder(String option, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw error("%s %s: cannot make the folder (%s)", option, dir, Problems.describe(e));
    }
    if (!Files.isWritable(dir)) throw error("%s %s: the folder is not writable", option, dir);
  }

  /** A file to be written later: its folder is made now, and the file refused if it is a folder or cannot be written. */
  void fileToWrite(String option, Path file) {
    if (Files.isDirectory(file)) throw error("%s %s: is a folder, not a file", option, file);
    Path folder = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw error("%s %s: cannot make its folder (%s)", option, file, Problems.describe(e));
    }
    if (!Files.isWritable(folder) || Files.exists(file) && !Files.isWritable(file)) {
      throw error("%s %s: cannot be written", option, file);
    }
  }

  private ParameterException error(String format, Object... args) {
    return new ParameterException(commandLine, String.format(Locale.ROOT, format, args));
  }
}
