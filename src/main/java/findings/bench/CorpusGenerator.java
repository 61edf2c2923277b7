package findings.bench;

import findings.ingest.PdfTypesetter;
import findings.ingest.RejectedFileException;
import findings.ingest.ReportReader;
import findings.model.Gazetteer;
import findings.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark corpora only: N paragraphs of reports made from the seed reports. Each generated report keeps one seed's
 * layout (so it parses like a real report) but is moved to another authority and year, has its judgements permuted,
 * and has its prose paragraphs replaced by prose paragraphs drawn from all the seeds; so facets get realistic
 * cardinality (every authority, twenty years, every report type and grade) and the text realistic term statistics.
 * Deterministic: the same seed gives the same files.
 */
public final class CorpusGenerator {
  /** One generated report: where it is and what it was given, for the raw-Lucene limit that does not parse. */
  public record Generated(Path file, String authority, int year, String type, int paragraphs) {}

  private static final Pattern DATE = Pattern.compile(
      "\\b(\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December),? )((?:19|20)\\d\\d)\\b");
  private static final Pattern NUMBERED = Pattern.compile("^(\\s*(?:- )?\\d{1,3}\\.?\\s+)(.*)$");
  private static final String[] GRADES = {"Outstanding", "Good", "Adequate", "Inadequate"};
  private static final int FIRST_YEAR = 2005;
  private static final int YEARS = 20;

  private record Template(String text, String authority, int year, String type, int paragraphs) {}

  private final List<Template> templates = new ArrayList<>();
  private final List<String> prose = new ArrayList<>();
  private final List<String> seedAuthorities = new ArrayList<>();
  private final List<Gazetteer.Authority> authorities;

  public CorpusGenerator(Path seeds) throws IOException {
    Gazetteer gazetteer = Gazetteer.load();
    this.authorities = gazetteer.authorities();
    ReportReader reader = new ReportReader(gazetteer);
    List<Path> files;
    try (var listing = Files.list(seeds)) {
      files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      Report r;
      try {
        r = reader.read(f);
      } catch (RejectedFileException e) {
        throw new IOException("seed " + f + " cannot be read: " + e.getMessage(), e);
      }
      String text = Files.readString(f, StandardCharsets.UTF_8);
      templates.add(new Template(text, r.authority(), r.year() == null ? 2010 : r.year(), r.type().label(), r.paragraphs().size()));
      if (r.authority() != null && !seedAuthorities.contains(r.authority())) seedAuthorities.add(r.authority());
      for (String line : text.split("\n")) {
        Matcher m = NUMBERED.matcher(line);
        String body = m.matches() ? m.group(2) : line;
        if (isProse(body)) prose.add(body);
      }
    }
    if (templates.isEmpty()) throw new IOException("no .txt seed reports in " + seeds);
  }

  private static boolean isProse(String line) {
    return line.length() >= 150 && Character.isUpperCase(line.charAt(0)) && line.indexOf('\t') < 0 && !line.contains("<");
  }

  /** Writes reports as {@code r000001.txt}… into {@code out} until they hold about {@code paragraphs} paragraphs. */
  public List<Generated> generate(Path out, long paragraphs, long seed) throws IOException {
    Files.createDirectories(out);
    Random random = new Random(seed);
    List<Generated> made = new ArrayList<>();
    long total = 0;
    for (int n = 1; total < paragraphs; n++) {
      Template t = templates.get(random.nextInt(templates.size()));
      Gazetteer.Authority authority = authorities.get(random.nextInt(authorities.size()));
      int year = FIRST_YEAR + random.nextInt(YEARS);
      String text = recombine(t, authority.name(), year, random);
      Path file = out.resolve(String.format("r%06d.txt", n));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      made.add(new Generated(file, authority.name(), year, t.type(), t.paragraphs()));
      total += t.paragraphs();
    }
    return made;
  }

  /** Typesets the first {@code count} generated reports as PDFs in {@code out}; returns the number of pages. */
  public static int typeset(List<Generated> reports, int count, Path out) throws IOException {
    Files.createDirectories(out);
    List<Generated> chosen = reports.subList(0, Math.min(count, reports.size()));
    // Typesetting is slow and the files are independent: both cores.
    return chosen.parallelStream().mapToInt(g -> {
      try {
        return PdfTypesetter.write(g.file(), out.resolve(g.file().getFileName().toString().replace(".txt", ".pdf")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
  }

  private String recombine(Template t, String authority, int year, Random random) {
    StringBuilder b = new StringBuilder(t.text().length() + 1024);
    String[] grades = permutedGrades(random);
    int shift = year - t.year();
    for (String line : t.text().split("\n", -1)) {
      Matcher m = NUMBERED.matcher(line);
      String prefix = m.matches() ? m.group(1) : "";
      String body = m.matches() ? m.group(2) : line;
      if (isProse(body)) body = prose.get(random.nextInt(prose.size()));
      for (String seedAuthority : seedAuthorities) body = body.replace(seedAuthority, authority);
      body = regrade(body, grades);
      b.append(prefix).append(shiftYears(body, shift)).append('\n');
    }
    return b.toString();
  }

  private static String[] permutedGrades(Random random) {
    String[] g = GRADES.clone();
    for (int i = g.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String x = g[i];
      g[i] = g[j];
      g[j] = x;
    }
    return g;
  }

  private static final Pattern GRADE_WORD = Pattern.compile("\\b(Outstanding|Good|Adequate|Inadequate|outstanding|good|adequate|inadequate)\\b");

  private static String regrade(String text, String[] grades) {
    Matcher m = GRADE_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      int i = 0;
      while (!GRADES[i].equalsIgnoreCase(word)) i++;
      String to = Character.isUpperCase(word.charAt(0)) ? grades[i] : grades[i].toLowerCase(Locale.ROOT);
      m.appendReplacement(out, to);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String shiftYears(String text, int shift) {
    if (shift == 0) return text;
    Matcher m = DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (Integer.parseInt(m.group(2)) + shift)));
    m.appendTail(out);
    return out.toString();
  }
}
