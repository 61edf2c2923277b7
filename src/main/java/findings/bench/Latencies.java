package findings.bench;

import java.util.Arrays;

/** Latencies of one group of measured operations, in milliseconds. */
public record Latencies(int count, double p50, double p99, double max) {
  public static Latencies of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) return new Latencies(0, 0, 0, 0);
    return new Latencies(sorted.length, at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double p) {
    int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
    return sorted[i] / 1e6;
  }
}
