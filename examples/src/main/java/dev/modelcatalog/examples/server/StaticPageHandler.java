package dev.modelcatalog.examples.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The catalog page: a fixed set of files read once from the class path ({@code web/}), served with a content
 * security policy that allows only this origin's scripts and styles. No file name from the request reaches the
 * class loader, so no path can walk out of the page's files.
 */
final class StaticPageHandler {

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/static/app.js", "app.js",
      "/static/app.css", "app.css");

  private final Map<String, byte[]> contents;

  StaticPageHandler() {
    this.contents = Map.of(
        "/", read("index.html"),
        "/static/app.js", read("app.js"),
        "/static/app.css", read("app.css"));
  }

  static boolean serves(String path) {
    return FILES.containsKey(path);
  }

  void handle(HttpServerExchange exchange, String path) {
    if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
      throw ApiError.methodNotAllowed(exchange.getRequestMethod().toString(), ApiError.READ_ONLY);
    }
    String file = FILES.get(path);
    String type = file.endsWith(".html") ? "text/html; charset=utf-8"
        : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
    exchange.getResponseHeaders().put(CSP, "default-src 'self'; img-src 'self' data:");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    exchange.getResponseSender().send(ByteBuffer.wrap(contents.get(path)));
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticPageHandler.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the page file web/" + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
