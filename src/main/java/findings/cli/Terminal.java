package findings.cli;

import java.io.Console;

/** Whether standard output is a person's terminal (progress bars) or a pipe, a file or CI (plain lines). */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) return false;
    Console console = System.console();
    if (console == null) return false;
    // Since JDK 22 System.console() exists even when output is redirected; isTerminal() tells the truth there.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
