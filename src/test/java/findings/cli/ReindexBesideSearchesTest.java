package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.index.Indexer;
import findings.model.Hit;
import findings.model.SearchPage;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches keep answering, consistently, while the serving index re-ingests changed reports beside them. */
class ReindexBesideSearchesTest {
  @TempDir Path tmp;

  @Test
  void searchersSeeEitherTheOldOrTheNewReportNeverHalfOrTwice() throws Exception {
    Path source = Files.createDirectories(tmp.resolve("reports"));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) Files.copy(f, source.resolve(f.getFileName()));
    }
    Path city = source.resolve("000_1cb2265a1d41d5cf.txt");
    String original = Files.readString(city);
    try (Indexer indexer = new Indexer(tmp.resolve("index"))) {
      PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
      new IndexRun(quiet, quiet, false).run(indexer, List.of(source));
      try (SearchService search = new SearchService(indexer.writer()); SourceWatcher watcher = new SourceWatcher(indexer, search, List.of(source), quiet)) {
        SearchRequest everything = new SearchRequest("", Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE);
        long paragraphs = search.search(everything).total();
        SearchRequest peterborough = new SearchRequest("Peterborough", Map.of(), 1, 100, SearchRequest.Sort.RELEVANCE);
        long withWord = search.search(peterborough).total();
        assertTrue(withWord > 0);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Runnable reader = () -> {
          while (running.get()) {
            try {
              SearchPage all = search.search(everything);
              if (all.total() != paragraphs) problems.add("total " + all.total() + " instead of " + paragraphs);
              SearchPage p = search.search(peterborough);
              if (p.total() != 0 && p.total() != withWord) problems.add("half a report: " + p.total());
              Set<String> ids = new HashSet<>();
              for (Hit h : p.hits()) if (!ids.add(h.id())) problems.add("twice: " + h.id());
              answered.incrementAndGet();
            } catch (Exception e) {
              problems.add(e.toString());
            }
          }
        };
        Thread[] readers = {new Thread(reader), new Thread(reader)};
        for (Thread t : readers) t.start();
        for (int round = 0; round < 6; round++) {
          String text = round % 2 == 0 ? original.replace("Peterborough", "Zanzibar") : original;
          Files.writeString(city, text);
          Files.setLastModifiedTime(city, FileTime.fromMillis(System.currentTimeMillis() + round * 1000L + 1000));
          IndexRun.Outcome outcome = watcher.runOnce();
          assertEquals(1, outcome.indexed());
        }
        running.set(false);
        for (Thread t : readers) t.join();
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(answered.get() > 10, "searches answered during re-indexing: " + answered.get());
        assertEquals(withWord, search.search(peterborough).total(), "the last round restored the original");
      }
    }
  }
}
