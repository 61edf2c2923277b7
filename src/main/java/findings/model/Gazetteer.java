package findings.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every English children's services authority with its ONS code and the forms its name takes in reports,
 * loaded from {@code findings/authorities.tsv}.
 */
public final class Gazetteer {
  /** An authority as the gazetteer knows it. */
  public record Authority(String code, String name) {}

  /** A mention of an authority in text, from one character offset to another. */
  public record Mention(Authority authority, int start, int end) {}

  private record Form(String text, Authority authority) {}

  private final List<Authority> authorities = new ArrayList<>();
  private final Pattern anyForm;
  private final Map<String, Authority> byForm = new HashMap<>();

  public Gazetteer(InputStream tsv) {
    List<Form> forms = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t", -1);
        Authority a = new Authority(cols[0].trim(), cols[1].trim());
        authorities.add(a);
        forms.add(new Form(a.name(), a));
        if (cols.length > 2 && !cols[2].isBlank()) {
          for (String alias : cols[2].split("\\|")) forms.add(new Form(alias.trim(), a));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Longest forms first so that "City of Westminster" wins over "Westminster", "North Yorkshire" over "York".
    forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
    StringBuilder alternation = new StringBuilder();
    for (Form f : forms) {
      String key = normalise(f.text());
      byForm.putIfAbsent(key, f.authority());
      if (alternation.length() > 0) alternation.append('|');
      alternation.append(Pattern.quote(key));
    }
    anyForm = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  public static Gazetteer load() {
    InputStream in = Gazetteer.class.getResourceAsStream("/findings/authorities.tsv");
    if (in == null) throw new IllegalStateException("authorities.tsv missing from the class path");
    return new Gazetteer(in);
  }

  public List<Authority> authorities() {
    return List.copyOf(authorities);
  }

  /** The words of every authority's names and their forms, in lower case ("tower", "hamlets", "kent"). */
  public Set<String> nameWords() {
    Set<String> words = new HashSet<>();
    for (String form : byForm.keySet()) {
      for (String word : form.split("[^\\p{L}]+")) if (!word.isEmpty()) words.add(word);
    }
    return Set.copyOf(words);
  }

  /** Every authority mention in the text, in order, longest form at each place. */
  public List<Mention> mentions(String text) {
    String norm = normalise(text);
    List<Mention> found = new ArrayList<>();
    Matcher m = anyForm.matcher(norm);
    while (m.find()) found.add(new Mention(byForm.get(m.group()), m.start(), m.end()));
    return found;
  }

  public Optional<Authority> first(String text) {
    List<Mention> all = mentions(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).authority());
  }

  /** The canonical authority for a name in any of its forms, e.g. "London Borough of Havering" → Havering. */
  public Optional<Authority> lookup(String name) {
    return Optional.ofNullable(byForm.get(normalise(name.trim())));
  }

  /** Case, apostrophes, ampersands and spacing vary between reports; compare names without them. */
  private static String normalise(String s) {
    // Same length as the input apart from "&", so match offsets stay meaningful for ordering (and are the text's
    // own where it has no "&" and no run of white space).
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", "and").replaceAll("\\s+", " ");
  }
}
