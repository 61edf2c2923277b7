package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A few seconds of the load benchmark: concurrent searches beside re-indexing get no error and no 5xx. */
class LoadSmokeTest {
  @Test
  void concurrentSearchesBesideReindexingAnswerWithoutErrors() {
    IndexCommandTest.Run r = IndexCommandTest.run("bench", "load", "--connections", "8", "--seconds", "3", "--warmup", "1");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("errors 0, 5xx 0"), r.out());
    assertTrue(r.out().matches("(?s).*re-indexing rounds beside the load: [1-9].*"), r.out());
  }
}
