package dev.modelcatalog.examples.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Failed reads and writes told as the file and what went wrong, never as a bare path or a decoder's state. */
class IoFailuresTest {

  @Test
  void fileFailures_nameTheFileAndTheReason() {
    assertEquals("a.json: no such file or directory", IoFailures.describe(new NoSuchFileException("a.json")));
    assertEquals("/proc/x: permission denied", IoFailures.describe(new AccessDeniedException("/proc/x")));
    assertEquals("out: already exists", IoFailures.describe(new FileAlreadyExistsException("out")));
    assertEquals("f/sub: not a directory", IoFailures.describe(new NotDirectoryException("f/sub")));
    assertEquals("s.json: no space left on device",
        IoFailures.describe(new FileSystemException("s.json", null, "No space left on device")));
    assertEquals("s.json: cannot be read or written", IoFailures.describe(new FileSystemException("s.json")));
  }

  @Test
  void undecodableText_isNotUtf8() {
    assertEquals("not UTF-8 text", IoFailures.describe(new MalformedInputException(1)));
  }

  @Test
  void uncheckedFailure_keepsItsContextBeforeTheCause() {
    assertEquals("cannot save the state file: s.json: permission denied", IoFailures.describe(
        new UncheckedIOException("cannot save the state file", new AccessDeniedException("s.json"))));
    assertEquals("a.json: no such file or directory",
        IoFailures.describe(new UncheckedIOException(new NoSuchFileException("a.json"))));
    assertEquals("disk on fire", IoFailures.describe(new IOException("disk on fire")));
    assertEquals("cannot listen on 127.0.0.1:80: Address already in use", IoFailures.describe(new UncheckedIOException(
        "cannot listen on 127.0.0.1:80: Address already in use", new java.net.BindException("Address already in use"))));
  }
}
