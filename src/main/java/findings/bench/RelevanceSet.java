package findings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries a researcher would type, each with the seed paragraphs judged relevant and how relevant (2 = mainly
 * about it, 1 = substantive but secondary), read from {@code findings/relevance.tsv}.
 */
public record RelevanceSet(Map<String, Map<String, Integer>> judgments) {
  public static RelevanceSet load() {
    InputStream in = RelevanceSet.class.getResourceAsStream("/findings/relevance.tsv");
    if (in == null) throw new IllegalStateException("relevance.tsv missing from the class path");
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length < 3) continue;
        judged.computeIfAbsent(cols[0].strip(), q -> new LinkedHashMap<>()).put(cols[1].strip(), Integer.parseInt(cols[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RelevanceSet(judged);
  }

  public List<String> queries() {
    return List.copyOf(judgments.keySet());
  }
}
