package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The command line is given only the subcommand it names (for a faster start); the usage, the help of each command
 * and the errors for unknown commands and options are as when every subcommand was declared up front.
 */
class MainTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void theUsageListsEveryPublicCommand() {
    Run help = run("--help");
    assertEquals(0, help.code());
    for (String name : new String[] {"index", "search", "serve", "bench"}) {
      assertTrue(help.out().matches("(?s).*\\n\\s+" + name + "\\s.*"), name + " missing from:\n" + help.out());
    }
    assertFalse(help.out().contains("startup-cache"), "the hidden command is listed:\n" + help.out());
  }

  @Test
  void aNamedCommandHasItsOwnHelpAndErrors() {
    Run serve = run("serve", "--help");
    assertEquals(0, serve.code());
    assertTrue(serve.out().contains("Usage: findings serve") && serve.out().contains("--rescan"), serve.out());

    Run bad = run("serve", "--no-such-option");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("Unknown option: '--no-such-option'"), bad.err());

    Run nested = run("bench", "relevance", "--help");
    assertEquals(0, nested.code());
    assertTrue(nested.out().contains("Usage: findings bench relevance"), nested.out());
  }

  @Test
  void anUnknownCommandIsNamedWithTheCommandsThereAre() {
    Run unknown = run("serch", "fostering");
    assertNotEquals(0, unknown.code());
    assertTrue(unknown.err().contains("Unmatched argument") && unknown.err().contains("serch"), unknown.err());
    assertTrue(unknown.err().contains("search"), "no suggestion of the command meant:\n" + unknown.err());
  }
}
