package findings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server the benchmark started in a child process ({@code serve}, or the peer's), from the moment it says where it
 * listens until it is closed.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String base;

  private ServerProcess(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  /**
   * Starts {@code command} and returns once it says where it listens; {@code name} names it in the error when it ends
   * without saying so, which then holds everything it printed.
   */
  static ServerProcess start(List<String> command, String name) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> said = new ArrayList<>();
      String port = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        // The peer's server says it as serve does (SqlitePeerServer#main).
        if (line.startsWith(ServeCommand.LISTENING)) {
          port = line.substring(ServeCommand.LISTENING.length()).strip();
          break;
        }
        said.add(line);
      }
      if (port == null) throw new IOException(name + " ended without listening: " + String.join("\n", said));
      // What it prints later is read and dropped: a full pipe would stall the server mid-answer.
      Thread drain = new Thread(() -> lines.lines().forEach(l -> {}), name + " output");
      drain.setDaemon(true);
      drain.start();
      return new ServerProcess(process, "http://127.0.0.1:" + port);
    } catch (IOException | RuntimeException e) {
      stop(process);
      throw e;
    }
  }

  /** {@code http://127.0.0.1:PORT}. */
  String base() {
    return base;
  }

  /** The JVM that answers: with the startup cache, the child of the JVM started ({@link StartupCache}). */
  ProcessHandle serving() {
    return process.children().findFirst().orElse(process.toHandle());
  }

  /** The JVM started, where it only launched the one that answers. */
  Optional<ProcessHandle> launcher() {
    return serving().pid() == process.pid() ? Optional.empty() : Optional.of(process.toHandle());
  }

  @Override
  public void close() throws IOException {
    stop(process);
  }

  /**
   * A serving JVM stops when its launcher is gone; this waits until it has, so that what runs next does not share the
   * cores with its closing.
   */
  private static void stop(Process process) throws IOException {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      process.waitFor();
      for (ProcessHandle child : descendants) child.onExit().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while a server stopped", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("a server did not stop within 60 s of its launcher (pid " + process.pid() + ")", e);
    }
  }
}
