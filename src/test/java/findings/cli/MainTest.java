package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The command line is given only the subcommand it names (for a faster start); the usage, the help of each command
 * and the errors for unknown commands and options are as when every subcommand was declared up front.
 */
class MainTest {
  @Test
  void theUsageListsEveryPublicCommand() {
    IndexCommandTest.Run help = IndexCommandTest.run("--help");
    assertEquals(0, help.exit());
    for (String name : new String[] {"index", "search", "serve", "bench"}) {
      assertTrue(help.out().matches("(?s).*\\n\\s+" + name + "\\s.*"), name + " missing from:\n" + help.out());
    }
    assertFalse(help.out().contains("startup-cache"), "the hidden command is listed:\n" + help.out());
  }

  @Test
  void aNamedCommandHasItsOwnHelpAndErrors() {
    IndexCommandTest.Run serve = IndexCommandTest.run("serve", "--help");
    assertEquals(0, serve.exit());
    assertTrue(serve.out().contains("Usage: findings serve") && serve.out().contains("--rescan"), serve.out());

    IndexCommandTest.Run bad = IndexCommandTest.run("serve", "--no-such-option");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("Unknown option: '--no-such-option'"), bad.err());

    IndexCommandTest.Run nested = IndexCommandTest.run("bench", "relevance", "--help");
    assertEquals(0, nested.exit());
    assertTrue(nested.out().contains("Usage: findings bench relevance"), nested.out());
  }

  @Test
  void anUnknownCommandIsNamedWithTheCommandsThereAre() {
    IndexCommandTest.Run unknown = IndexCommandTest.run("serch", "fostering");
    assertNotEquals(0, unknown.exit());
    assertTrue(unknown.err().contains("Unmatched argument") && unknown.err().contains("serch"), unknown.err());
    assertTrue(unknown.err().contains("search"), "no suggestion of the command meant:\n" + unknown.err());
  }
}
