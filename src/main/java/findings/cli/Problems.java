package findings.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong, in words a user can act on. The file system's exceptions name only the file in their message
 * ({@code /proc/x}, with nothing about why), and their reason, when there is one, is the operating system's.
 */
final class Problems {
  private Problems() {}

  /** The problem with the file it concerns: {@code /proc/x: permission denied}. */
  static String describe(Throwable e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
      return fs.getFile() + other + ": " + reason(e);
    }
    return reason(e);
  }

  /** The problem alone, for a message that names the file already. */
  static String reason(Throwable e) {
    if (e instanceof FileSystemException fs) {
      return switch (fs) {
        case NoSuchFileException x -> "no such file or folder";
        case AccessDeniedException x -> "permission denied";
        case NotDirectoryException x -> "not a folder";
        case FileAlreadyExistsException x -> "already exists";
        case DirectoryNotEmptyException x -> "a folder that is not empty";
        case FileSystemLoopException x -> "a link back to a folder above it";
        default -> fs.getReason() == null ? "cannot be used" : fs.getReason();
      };
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
