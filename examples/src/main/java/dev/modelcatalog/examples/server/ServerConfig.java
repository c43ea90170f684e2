package dev.modelcatalog.examples.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link ModelServer} runs.
 *
 * @param host the address to bind; {@code 127.0.0.1} keeps the server off the network
 * @param port the port; 0 picks a free one ({@link ModelServer#port()} tells which)
 * @param adminToken the bearer token that guards the write side; null disables writes
 * @param maxBodyBytes largest request body accepted; larger ones get 413
 * @param maxUrlLength longest path plus query accepted, in characters; longer ones get 414
 * @param accessLog where one JSON line per request goes; null for none
 * @param shutdownTimeout how long a stop waits for requests in flight
 * @param stateFile where run-time changes are saved and restored from at start (the runtime's overlay file);
 *     null to keep them in memory only
 */
public record ServerConfig(String host, int port, String adminToken, int maxBodyBytes, int maxUrlLength,
    PrintStream accessLog, Duration shutdownTimeout, Path stateFile) {

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host: is empty; an empty address would bind every interface, so name it:"
          + " 127.0.0.1, or 0.0.0.0 for every interface");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port: " + port + " is not between 0 and 65535");
    }
    if (maxBodyBytes <= 0 || maxUrlLength <= 0) {
      throw new IllegalArgumentException("limits: maxBodyBytes and maxUrlLength must be positive");
    }
    checkAdminToken("adminToken", adminToken);
  }

  /**
   * Refuses a token no client could send, or that guards nothing: shorter than 16 characters, or with a character
   * outside visible ASCII. Null (writes disabled) passes.
   *
   * @param field what the message names, such as the environment variable the token came from
   * @throws IllegalArgumentException naming the field and what is wrong
   */
  public static void checkAdminToken(String field, String adminToken) {
    if (adminToken != null && adminToken.length() < 16) {
      throw new IllegalArgumentException(field + ": at least 16 characters, got " + adminToken.length());
    }
    for (int i = 0; adminToken != null && i < adminToken.length(); i++) {
      // A client sends the token in a header, whose surrounding whitespace HTTP drops: a token with a space, a
      // tab or a line break (a file read with its trailing newline) could never match, and sixteen spaces are no
      // secret. Visible ASCII is what every client can send.
      char c = adminToken.charAt(i);
      if (c < '!' || c > '~') {
        // Counted from 1, as a person counts the characters of what they typed.
        throw new IllegalArgumentException(field + ": character " + (i + 1) + " is "
            + (c == ' ' ? "a space" : String.format("U+%04X", (int) c))
            + "; a bearer token is visible ASCII, without spaces or line breaks");
      }
    }
  }

  /**
   * {@code 127.0.0.1}, this port, writes disabled, 64 KiB bodies, 2,048-character URLs, no access log, changes
   * kept in memory.
   */
  public static ServerConfig local(int port) {
    return new ServerConfig("127.0.0.1", port, null, 64 * 1024, 2048, null, Duration.ofSeconds(10), null);
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, token, maxBodyBytes, maxUrlLength, accessLog, shutdownTimeout, stateFile);
  }

  public ServerConfig withAccessLog(PrintStream log) {
    return new ServerConfig(host, port, adminToken, maxBodyBytes, maxUrlLength, log, shutdownTimeout, stateFile);
  }

  public ServerConfig withHost(String address) {
    return new ServerConfig(address, port, adminToken, maxBodyBytes, maxUrlLength, accessLog, shutdownTimeout,
        stateFile);
  }

  public ServerConfig withLimits(int bodyBytes, int urlLength) {
    return new ServerConfig(host, port, adminToken, bodyBytes, urlLength, accessLog, shutdownTimeout, stateFile);
  }

  public ServerConfig withStateFile(Path file) {
    return new ServerConfig(host, port, adminToken, maxBodyBytes, maxUrlLength, accessLog, shutdownTimeout, file);
  }
}
