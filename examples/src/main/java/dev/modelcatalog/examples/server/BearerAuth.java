package dev.modelcatalog.examples.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Guards the write side with one bearer token. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, whose time does not depend on where the first difference is, so neither the
 * token's content nor its length can be learned by timing failed attempts.
 */
final class BearerAuth {

  private final byte[] expectedDigest;

  /** @param token the accepted token; null disables writes altogether */
  BearerAuth(String token) {
    this.expectedDigest = token == null ? null : sha256(token);
  }

  /** Throws the 401 or 403 {@link ApiError} unless the request carries the token. */
  void check(HttpServerExchange exchange) {
    if (expectedDigest == null) {
      throw ApiError.forbidden("writes_disabled",
          "writes are disabled: start the server with an admin token to enable them");
    }
    String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized("missing_token", "this request needs an 'Authorization: Bearer <token>' header");
    }
    if (!MessageDigest.isEqual(expectedDigest, sha256(header.substring(7).trim()))) {
      throw ApiError.unauthorized("invalid_token", "the bearer token is not valid");
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
