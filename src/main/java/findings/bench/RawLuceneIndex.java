package findings.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The limit ingestion is measured against: the same text files indexed by a plain Lucene program that does not
 * parse them. Every non-blank line is a document with stored, English-analysed text and five sorted-set facets
 * (authority, year and type as the generator made them, the last short line as the section, a constant grade),
 * written by {@code threads} threads through one writer.
 */
public final class RawLuceneIndex {
  public record Result(long documents, long bytes, double seconds) {}

  private RawLuceneIndex() {}

  public static Result index(List<CorpusGenerator.Generated> files, Path dir, int threads) throws Exception {
    FacetsConfig config = new FacetsConfig();
    long start = System.nanoTime();
    AtomicLong documents = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicInteger next = new AtomicInteger();
    IndexWriterConfig iwc = new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(256);
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, iwc)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          work.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
              CorpusGenerator.Generated g = files.get(i);
              try {
                byte[] raw = Files.readAllBytes(g.file());
                bytes.addAndGet(raw.length);
                String section = "";
                for (String line : new String(raw, StandardCharsets.UTF_8).split("\n")) {
                  String text = line.strip();
                  if (text.isEmpty()) continue;
                  if (text.length() < 80) section = text;
                  Document d = new Document();
                  d.add(new TextField("text", text, Field.Store.YES));
                  d.add(new SortedSetDocValuesFacetField("authority", g.authority()));
                  d.add(new SortedSetDocValuesFacetField("year", Integer.toString(g.year())));
                  d.add(new SortedSetDocValuesFacetField("type", g.type()));
                  d.add(new SortedSetDocValuesFacetField("section", section.isEmpty() ? "none" : section));
                  d.add(new SortedSetDocValuesFacetField("grade", "none"));
                  writer.addDocument(config.build(d));
                  documents.incrementAndGet();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return null;
          }));
        }
        for (Future<?> f : work) f.get();
      } finally {
        pool.shutdown();
      }
      writer.commit();
    }
    return new Result(documents.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
  }
}
