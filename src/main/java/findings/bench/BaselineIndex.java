package findings.bench;

import findings.model.Hit;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What a plain full-text engine does with the same paragraphs: Lucene's StandardAnalyzer (lower-casing, no
 * stemming, no thesaurus), BM25, and the same query syntax and default AND. The yardstick for relevance.
 */
final class BaselineIndex implements AutoCloseable {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private DirectoryReader reader;

  static BaselineIndex of(SearchService source) throws IOException {
    BaselineIndex b = new BaselineIndex();
    try (IndexWriter w = new IndexWriter(b.dir, new IndexWriterConfig(b.analyzer))) {
      source.export(new SearchRequest("", Map.of(), 1, 1, SearchRequest.Sort.RELEVANCE), hit -> {
        try {
          w.addDocument(doc(hit));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    b.reader = DirectoryReader.open(b.dir);
    return b;
  }

  private static Document doc(Hit hit) {
    Document d = new Document();
    d.add(new StoredField("id", hit.id()));
    d.add(new TextField("text", hit.text(), Field.Store.NO));
    return d;
  }

  List<String> rank(String query) throws IOException {
    QueryParser parser = new QueryParser("text", analyzer);
    parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
    List<String> out = new ArrayList<>();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(parser.parse(query), Math.max(1, reader.maxDoc())).scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc).get("id"));
      }
    } catch (ParseException e) {
      // The baseline cannot read this query: it finds nothing.
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) reader.close();
    dir.close();
  }
}
