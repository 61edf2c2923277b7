package findings.bench;

import findings.model.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain SVG line chart of latency (log scale) against corpus size (log scale), one line per series. */
public final class LatencyChart {
  private static final String[] COLOURS = {"#1b5e9c", "#5aa0dc", "#b23b2e", "#e08a7e", "#2e7d32", "#8e44ad"};
  private static final int W = 720;
  private static final int H = 440;
  private static final int LEFT = 70;
  private static final int RIGHT = 230;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private LatencyChart() {}

  /** @param series name → (paragraphs → milliseconds), sizes ascending */
  public static void write(Path file, String title, List<Long> sizes, Map<String, Map<Long, Double>> series) throws IOException {
    double minMs = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(d -> d).filter(d -> d > 0).min().orElse(0.1);
    double maxMs = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(d -> d).max().orElse(1);
    double lo = Math.floor(Math.log10(Math.max(0.01, minMs)));
    double hi = Math.ceil(Math.log10(Math.max(maxMs, Math.pow(10, lo + 1))));
    double xLo = Math.log10(sizes.get(0));
    double xHi = Math.max(xLo + 1, Math.log10(sizes.get(sizes.size() - 1)));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
    b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>%n", LEFT, Html.escape(title)));
    int plotW = W - LEFT - RIGHT;
    int plotH = H - TOP - BOTTOM;
    for (double e = lo; e <= hi; e++) {
      double y = TOP + plotH - (e - lo) / (hi - lo) * plotH;
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, LEFT + plotW, y, y));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT - 6, y + 4, label(Math.pow(10, e))));
    }
    for (long size : sizes) {
      double x = LEFT + (Math.log10(size) - xLo) / (xHi - xLo) * plotW;
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, x, TOP, TOP + plotH));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP + plotH + 18, count(size)));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">paragraphs in the index</text>%n", LEFT + plotW / 2, H - 10));
    int i = 0;
    for (Map.Entry<String, Map<Long, Double>> s : series.entrySet()) {
      String colour = COLOURS[i % COLOURS.length];
      StringBuilder points = new StringBuilder();
      for (long size : sizes) {
        Double ms = s.getValue().get(size);
        if (ms == null || ms <= 0) continue;
        double x = LEFT + (Math.log10(size) - xLo) / (xHi - xLo) * plotW;
        double y = TOP + plotH - (Math.log10(ms) - lo) / (hi - lo) * plotH;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
      }
      b.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
          points.toString().strip(), colour, s.getKey().startsWith("SQLite") ? " stroke-dasharray=\"6 4\"" : ""));
      int ly = TOP + 10 + i * 20;
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
          W - RIGHT + 15, W - RIGHT + 40, ly, ly, colour, s.getKey().startsWith("SQLite") ? " stroke-dasharray=\"6 4\"" : ""));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", W - RIGHT + 46, ly + 4, Html.escape(s.getKey())));
      i++;
    }
    b.append("</svg>\n");
    Files.writeString(file, b.toString());
  }

  private static String label(double ms) {
    return ms >= 1 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.2g", ms);
  }

  private static String count(long n) {
    return n >= 1_000_000 ? (n / 1_000_000) + "M" : n >= 1000 ? (n / 1000) + "k" : Long.toString(n);
  }
}
