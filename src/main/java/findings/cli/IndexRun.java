package findings.cli;

import findings.index.IndexedFile;
import findings.index.Indexer;
import findings.index.ReportRefusedException;
import findings.ingest.RejectedFileException;
import findings.ingest.ReportReader;
import findings.model.Gazetteer;
import findings.model.Report;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One ingestion run: lists the report files under the given paths, reads the new and changed ones on every core,
 * replaces them in the index, removes the deleted ones, and commits once. Unchanged files are not even opened.
 */
final class IndexRun {
  /** What happened to each file, for the summary and the exit code. */
  record Outcome(int indexed, int unchanged, int removed, List<String> rejected, long paragraphs) {
    boolean clean() {
      return rejected.isEmpty();
    }
  }

  private final PrintStream out;
  private final PrintStream err;
  private final boolean progressBar;

  IndexRun(PrintStream out, PrintStream err, boolean progressBar) {
    this.out = out;
    this.err = err;
    this.progressBar = progressBar;
  }

  /** Started on the core that read the index's file records, once they are read, beside the rest of the check. */
  private Runnable whenIndexRead = () -> {};

  /**
   * Has {@code work} run on the core that read what the index holds as soon as it has, while this core lists and
   * compares the files: {@code serve} opens its searches on the last commit there. It must not throw.
   */
  IndexRun whenIndexRead(Runnable work) {
    this.whenIndexRead = work;
    return this;
  }

  Outcome run(Indexer indexer, List<Path> roots) throws IOException {
    List<String> rejected = Collections.synchronizedList(new ArrayList<>());
    // What the index holds is read on another core while the folders are listed: at a million paragraphs each takes
    // a few hundred milliseconds of serve's start.
    CompletableFuture<Map<String, IndexedFile>> indexedFiles = CompletableFuture.supplyAsync(() -> {
      try {
        return indexer.indexedFiles();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    indexedFiles.thenRunAsync(whenIndexRead);
    // Each file by its key's text, the form the index records its source in: at a million paragraphs the check
    // compares eight thousand files, in a JVM too young to have compiled the comparing.
    Map<String, BasicFileAttributes> files = new HashMap<>();
    List<Path> rootKeys = roots.stream().map(IndexRun::key).toList();
    for (int i = 0; i < roots.size(); i++) {
      Path root = roots.get(i);
      if (!Files.exists(root)) {
        rejected.add(root + ": no such file or folder");
        continue;
      }
      if (Files.isDirectory(root)) {
        // The walk hands over each file's size and time with its name: no second look at the file. Walked from its
        // key, a folder hands over every file as its key already.
        Files.walkFileTree(rootKeys.get(i), EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE, new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && ReportReader.isReportFile(file)) files.put(file.toString(), attrs);
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                rejected.add(file + (e instanceof FileSystemLoopException
                    ? ": a link back to a folder above it, not followed"
                    : ": cannot be read: " + Problems.reason(e)));
                return FileVisitResult.CONTINUE;
              }
            });
      } else if (ReportReader.isReportFile(root)) {
        files.put(rootKeys.get(i).toString(), Files.readAttributes(root, BasicFileAttributes.class));
      } else {
        rejected.add(root + ": not a .txt or .pdf file");
      }
    }
    Map<String, IndexedFile> indexed;
    try {
      indexed = indexedFiles.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      throw e;
    }
    Map<String, String> sourceBySha = new HashMap<>();
    Map<String, String> sourceById = new HashMap<>();
    indexed.values().forEach(f -> {
      sourceBySha.putIfAbsent(f.sha256(), f.source());
      sourceById.put(f.reportId(), f.source());
    });

    List<Path> work = new ArrayList<>();
    int unchanged = 0;
    boolean rebuild = indexer.outdated();
    if (rebuild) out.println("the index was written by another version of Findings: re-reading every report from its source file");
    for (Map.Entry<String, BasicFileAttributes> e : files.entrySet()) {
      IndexedFile known = indexed.get(e.getKey());
      BasicFileAttributes stat = e.getValue();
      if (!rebuild && known != null && known.size() == stat.size() && known.modified() == stat.lastModifiedTime().toMillis()) {
        unchanged++;
      } else {
        work.add(Path.of(e.getKey()));
      }
    }
    // In path order, whatever order the folders listed them in: which of two copies is kept does not change between
    // runs.
    Collections.sort(work);
    if (rebuild) {
      indexer.clear();
      // Reports indexed from other folders are re-read too, so that the whole index takes the new shape.
      for (IndexedFile f : indexed.values()) {
        if (files.containsKey(f.source())) continue;
        Path p = Path.of(f.source());
        if (Files.exists(p)) work.add(p);
      }
    }
    // A file gone from a folder this run covers leaves the index with it.
    int removed = 0;
    for (IndexedFile f : indexed.values()) {
      if (files.containsKey(f.source())) continue;
      Path p = Path.of(f.source());
      if (rootKeys.stream().anyMatch(p::startsWith) && !Files.exists(p)) {
        indexer.remove(f.source());
        sourceBySha.values().remove(f.source());
        sourceById.values().remove(f.source());
        removed++;
      }
    }

    List<String> summaries = Collections.synchronizedList(new ArrayList<>());
    int[] indexedCount = {0};
    long[] paragraphs = {0};
    // Made only when there are files to read: a start with nothing changed never compiles the gazetteer's patterns.
    ReportReader reader = work.isEmpty() ? null : new ReportReader(Gazetteer.load());
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), work.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ProgressBar bar = progressBar && !work.isEmpty()
        ? new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(work.size()).setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build()
        : null) {
      List<Future<?>> futures = new ArrayList<>();
      Turns decisions = new Turns();
      for (int i = 0; i < work.size(); i++) {
        Path f = work.get(i);
        int turn = i;
        futures.add(pool.submit(() -> {
          try {
            long[] stat = stat(f);
            Report read = reader.read(f);
            Report report;
            // Which copy of a duplicate is kept and which id a report gets are decided one file at a time, in path
            // order however long each took to read: the first keeps the plain id, on every run. The documents are
            // then analysed and added on every core at once (the writer is thread-safe).
            decisions.await(turn);
            synchronized (this) {
              String dup = sourceBySha.get(read.sha256());
              if (dup != null && !dup.equals(f.toString()) && Files.exists(Path.of(dup))) {
                summaries.add(f.getFileName() + ": same content as " + Path.of(dup).getFileName() + ", indexed once");
                if (indexed.containsKey(f.toString())) indexer.remove(f.toString());
                return null;
              }
              report = withStableId(read, indexed.get(f.toString()), sourceById.get(read.id()), f.toString());
              sourceBySha.put(report.sha256(), f.toString());
              sourceById.put(report.id(), f.toString());
            }
            decisions.pass(turn);
            try {
              indexer.put(report, f.toString(), stat == null ? 0 : stat[0], stat == null ? 0 : stat[1]);
            } catch (ReportRefusedException e) {
              // The file is named and the others go on; what it indexed before stays, and its id and content are free.
              synchronized (this) {
                sourceBySha.remove(report.sha256(), f.toString());
                sourceById.remove(report.id(), f.toString());
              }
              throw new RejectedFileException(f, "cannot be indexed: " + e.getMessage(), e);
            }
            synchronized (this) {
              indexedCount[0]++;
              paragraphs[0] += report.paragraphs().size();
            }
            summaries.add(summary(f, report));
          } catch (RejectedFileException e) {
            rejected.add(e.file() + ": " + e.getMessage());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("indexing interrupted"));
          } finally {
            decisions.pass(turn); // again if passed above: a task that failed before its turn must not hold the rest
            if (bar != null) bar.step();
          }
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        try {
          fu.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("indexing interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    indexer.commit();
    Collections.sort(summaries);
    summaries.forEach(out::println);
    List<String> sortedRejected = new ArrayList<>(rejected);
    Collections.sort(sortedRejected);
    for (String r : sortedRejected) err.println("rejected " + r);
    out.printf("%d indexed (%d paragraphs), %d unchanged, %d removed, %d rejected%n", indexedCount[0], paragraphs[0],
        unchanged, removed, sortedRejected.size());
    return new Outcome(indexedCount[0], unchanged, removed, sortedRejected, paragraphs[0]);
  }

  /**
   * The report with the id it keeps for good. A file indexed before keeps the id it had, the plain one or its own
   * with a suffix, though its content changed (the suffix was its old content's hash) or the file that held the plain
   * id is gone, and through a rebuild. A new file takes the plain id unless another file holds it; then the plain id
   * with the first eight hex digits of its content's hash. A file whose reading now makes another id (a new date in
   * its changed content, a type this version knows) takes that id, and the one it had leads to it from then on.
   */
  private static Report withStableId(Report read, IndexedFile before, String owner, String source) {
    String plain = read.id();
    String had = before == null ? null : before.reportId();
    if (plain.equals(had)) return read;
    if (had != null && had.startsWith(plain + "-") && HASH_SUFFIX.matcher(had.substring(plain.length() + 1)).matches()) {
      return read.withId(had);
    }
    Report given = owner != null && !owner.equals(source) ? read.withId(plain + "-" + read.sha256().substring(0, 8)) : read;
    return had == null ? given : given.withFormerId(had);
  }

  /** What a report's id adds to the plain one when another file holds that: eight hex digits of a content hash. */
  private static final Pattern HASH_SUFFIX = Pattern.compile("[0-9a-f]{8}");

  /**
   * Turns taken in the order they were handed out, by tasks that run side by side: a task waits until every turn
   * before its own is passed. A turn is passed whether its task got to it or failed before (a file that could not be
   * read), and passing it twice is harmless. A fixed pool starts its tasks in the order they were submitted, so the
   * turn a task waits for belongs to a task already running: no wait is for one that will never come.
   */
  static final class Turns {
    private final BitSet passed = new BitSet();
    private int next;

    synchronized void await(int turn) throws InterruptedException {
      while (next < turn) wait();
    }

    synchronized void pass(int turn) {
      passed.set(turn);
      while (passed.get(next)) next++;
      notifyAll();
    }
  }

  private static String summary(Path f, Report r) {
    long graded = r.gradedAreas().stream().filter(a -> a.grade() != null).count();
    String s = String.format("%s → %s: %d paragraphs, %d graded areas", f.getFileName(), r.id(), r.paragraphs().size(), graded);
    if (!r.warnings().isEmpty()) s += ", warnings: " + String.join("; ", r.warnings());
    return s;
  }

  /** Size and modification time, or null when the file vanished. */
  private static long[] stat(Path f) {
    try {
      return new long[] {Files.size(f), Files.getLastModifiedTime(f).toMillis()};
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** One key per file however it was named on the command line ("seeds", "./seeds", an absolute path). */
  static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
