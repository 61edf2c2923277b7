package findings.ingest;

/**
 * Printed paragraph numbers: "23" in Ofsted's reports, "3.2" or "3.2.1" in councils' committee papers and
 * self-assessments, where each section numbers its own paragraphs. Compared part by part as numbers.
 */
final class ParagraphNumbers {
  /** A number within a section, as a pattern's text: "3.2", "3.2.1". */
  static final String DECIMAL = "\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?";

  private ParagraphNumbers() {}

  /** The parts of a number: "3.2.1" gives 3, 2, 1. */
  static int[] parts(String number) {
    String[] s = number.split("\\.");
    int[] out = new int[s.length];
    for (int i = 0; i < s.length; i++) out[i] = Integer.parseInt(s[i]);
    return out;
  }

  static boolean isDecimal(String number) {
    return number.indexOf('.') >= 0;
  }

  /** Whether {@code number} is where a numbering starts: 1, 1.1 or 1.1.1. */
  static boolean isFirst(String number) {
    for (int part : parts(number)) if (part != 1) return false;
    return true;
  }

  /** The first part: the section's number of "3.2", or the number itself. */
  static int major(String number) {
    int dot = number.indexOf('.');
    return Integer.parseInt(dot < 0 ? number : number.substring(0, dot));
  }

  /** Part by part, a shorter number before its own subdivisions: 3 < 3.1 < 3.2 < 3.10 < 4. */
  static int compare(String a, String b) {
    int[] x = parts(a);
    int[] y = parts(b);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) return Integer.compare(x[i], y[i]);
    }
    return Integer.compare(x.length, y.length);
  }

  /**
   * Whether {@code next} is the number printed straight after {@code previous}: 22 then 23; 3.2 then 3.3; 3 then 3.1
   * (a section's first paragraph); 3.4 then 4 or 4.1, and 3.2.4 then 3.3 (the next section).
   */
  static boolean follows(String previous, String next) {
    int[] p = parts(previous);
    int[] n = parts(next);
    if (n.length == p.length + 1 && n[n.length - 1] == 1 && prefixEquals(p, n, p.length)) return true;
    if (n.length > p.length) return false;
    // At the same depth or shallower: one part rises by one over the same prefix, and any part after it starts at 1.
    for (int k = 0; k < n.length; k++) {
      if (!prefixEquals(p, n, k)) return false;
      if (n[k] == p[k] + 1) {
        for (int j = k + 1; j < n.length; j++) if (n[j] != 1) return false;
        return true;
      }
    }
    return false;
  }

  /**
   * The number {@code steps} after {@code number} at its own depth: 22 and 2 give 24; 3.2 and 1 give 3.3. What a
   * paragraph whose number was lost between two printed ones must have had.
   */
  static String plus(String number, int steps) {
    int dot = number.lastIndexOf('.');
    return number.substring(0, dot + 1) + (Integer.parseInt(number.substring(dot + 1)) + steps);
  }

  /**
   * How many numbers lie strictly between {@code a} and {@code b} at the same depth under the same prefix (3.2 and 3.5
   * give 2), or -1 where they differ in depth or prefix.
   */
  static int between(String a, String b) {
    int[] x = parts(a);
    int[] y = parts(b);
    if (x.length != y.length || !prefixEquals(x, y, x.length - 1)) return -1;
    return y[y.length - 1] - x[x.length - 1] - 1;
  }

  private static boolean prefixEquals(int[] a, int[] b, int length) {
    for (int i = 0; i < length; i++) if (a[i] != b[i]) return false;
    return true;
  }
}
