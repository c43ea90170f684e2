package dev.modelcatalog.examples.catalog;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failed read or write as one line for a person, naming the file and what went wrong. The JDK's own messages are
 * often the bare path ({@code /proc/nope}) or a decoder's state ({@code Input length = 1}).
 */
public final class IoFailures {

  private IoFailures() {}

  /**
   * {@code /proc/nope: permission denied}, {@code models.json: not UTF-8 text}; for an {@link UncheckedIOException},
   * its own message, then its cause's ({@code cannot save the state file: state.json: no space left on device}).
   */
  public static String describe(Throwable failure) {
    if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      String cause = describe(unchecked.getCause());
      String message = unchecked.getMessage();
      if (message == null || message.equals(unchecked.getCause().toString())) {
        return cause;
      }
      // A message that tells the cause already ("cannot listen on ...: Address already in use") stays as it is.
      return message.contains(cause) ? message : message + ": " + cause;
    }
    if (failure instanceof FileSystemException file) {
      return (file.getFile() == null ? "" : file.getFile() + ": ") + reason(file);
    }
    if (failure instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return String.valueOf(failure.getMessage());
  }

  private static String reason(FileSystemException file) {
    if (file instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (file instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (file instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (file instanceof NotDirectoryException) {
      return "not a directory";
    }
    // The operating system's words ("No space left on device"), in lower case as the other reasons are.
    String reason = file.getReason();
    return reason == null ? "cannot be read or written" : reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        + reason.substring(1);
  }
}
