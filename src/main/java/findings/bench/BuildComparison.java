package findings.bench;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of Findings searching one index in one JVM, a round each in turn: the before and after of a change to
 * the search path. Run one after the other, two builds' figures differ by as much as the machine's speed moves from
 * one minute to the next (a tenth to a quarter on this machine, BENCHMARKS.md), which is more than most changes
 * gain; alternated round by round, both see the same minutes, and the ratio of each round's pair shows the change.
 * Each build runs in a class loader of its own over its own jar (Lucene and all), so neither shares code, compiled or
 * not, with the other; the order within a pair alternates (before first, then after first), so that neither always
 * runs just after the other.
 */
public final class BuildComparison {
  private static final String ROUNDS_CLASS = "findings.bench.SearchRounds";

  /** A build to compare: a name to print and the class path it runs from (a findings.jar, or classes and jars). */
  public record Build(String name, List<URL> classPath) {}

  /** Milliseconds a search, round by round, of the measured rounds. */
  public record Result(double[] before, double[] after) {
    /** Each round's after ÷ before. */
    public double[] ratios() {
      double[] r = new double[before.length];
      for (int i = 0; i < r.length; i++) r[i] = after[i] / before[i];
      return r;
    }
  }

  /** How the builds search, and for how long. */
  public record Plan(Path index, String queries, String variant, int rounds, int unmeasured, Duration round) {}

  private BuildComparison() {}

  public static Result run(Build before, Build after, Plan plan) throws Exception {
    List<Side> sides = new ArrayList<>();
    try {
      sides.add(Side.open(before, plan));
      sides.add(Side.open(after, plan));
      double[][] ms = new double[2][plan.rounds() - plan.unmeasured()];
      for (int r = 0; r < plan.rounds(); r++) {
        for (int k = 0; k < 2; k++) {
          int which = r % 2 == 0 ? k : 1 - k;
          double v = sides.get(which).round(plan.round());
          if (r >= plan.unmeasured()) ms[which][r - plan.unmeasured()] = v;
        }
      }
      return new Result(ms[0], ms[1]);
    } finally {
      for (Side s : sides) s.close();
    }
  }

  public static void print(Build before, Build after, Plan plan, Result result, PrintStream out) {
    out.printf(Locale.ROOT, "%s queries, %s, on %s: %d rounds of %.1f s for each build, alternated, the first %d unmeasured%n",
        plan.queries(), plan.variant(), plan.index(), plan.rounds(), plan.round().toMillis() / 1e3, plan.unmeasured());
    out.printf(Locale.ROOT, "before (%s): %s ms a search%n", before.name(), quartiles(result.before(), "%.4f"));
    out.printf(Locale.ROOT, "after  (%s): %s ms a search%n", after.name(), quartiles(result.after(), "%.4f"));
    out.printf(Locale.ROOT, "after / before, round by round: %s%n", quartiles(result.ratios(), "%.3f"));
  }

  /** The median with the middle half around it: "0.2690 (0.2593–0.2996)". */
  static String quartiles(double[] values, String format) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")",
        at(v, 0.5), at(v, 0.25), at(v, 0.75));
  }

  private static double at(double[] sorted, double q) {
    double i = q * (sorted.length - 1);
    int lo = (int) Math.floor(i);
    int hi = (int) Math.ceil(i);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
  }

  /** One build, loaded and searching. */
  private record Side(Build build, URLClassLoader loader, Object rounds) implements AutoCloseable {
    static Side open(Build build, Plan plan) throws Exception {
      URLClassLoader loader = new URLClassLoader(build.name(), build.classPath().toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      try {
        Class<?> c;
        try {
          c = Class.forName(ROUNDS_CLASS, true, loader);
        } catch (ClassNotFoundException e) {
          throw new IllegalArgumentException(build.name() + ": no " + ROUNDS_CLASS + " in it; only builds that have"
              + " 'bench compare' can be compared");
        }
        Object rounds;
        try {
          rounds = inBuild(loader, () -> c.getConstructor(String.class, String.class, String.class)
              .newInstance(plan.index().toString(), plan.queries(), plan.variant()));
        } catch (IllegalArgumentException refused) {
          // Named by the build that refused: a build from before the thesaurus queries does not know them.
          throw new IllegalArgumentException(build.name() + ": " + refused.getMessage(), refused);
        }
        return new Side(build, loader, rounds);
      } catch (Exception | Error e) {
        loader.close();
        throw e;
      }
    }

    double round(Duration length) throws Exception {
      return (double) inBuild(loader, () -> rounds.getClass().getMethod("round", long.class).invoke(rounds, length.toNanos()));
    }

    @Override
    public void close() throws Exception {
      try {
        inBuild(loader, () -> rounds.getClass().getMethod("close").invoke(rounds));
      } finally {
        loader.close();
      }
    }
  }

  private interface Call {
    Object call() throws Exception;
  }

  /**
   * Calls into a build with its loader as the thread's context loader (where Lucene's codecs may be looked up), and
   * with the build's own exception unwrapped from reflection's.
   */
  private static Object inBuild(ClassLoader loader, Call call) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader was = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return call.call();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    } finally {
      t.setContextClassLoader(was);
    }
  }
}
