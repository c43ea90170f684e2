package dev.modelcatalog.examples.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelcatalog.examples.catalog.RegistryJson;
import dev.modelcatalog.runtime.json.ModelJson;
import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpServerExchange;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One JSON line per finished request: time, client address, method, path, status, response bytes and duration
 * in microseconds. Lines are built with Jackson, so a path with quotes or control characters cannot break a line
 * or forge another.
 */
final class AccessLog {

  private final PrintStream out;

  AccessLog(PrintStream out) {
    this.out = out;
  }

  /** Starts timing the exchange; the line is written when it completes. */
  void track(HttpServerExchange exchange) {
    long start = System.nanoTime();
    exchange.addExchangeCompleteListener((ExchangeCompletionListener) (done, next) -> {
      try {
        write(done, (System.nanoTime() - start) / 1_000);
      } finally {
        next.proceed();
      }
    });
  }

  private void write(HttpServerExchange exchange, long micros) {
    ObjectNode line = RegistryJson.object();
    line.put("time", Instant.now().toString());
    InetSocketAddress peer = exchange.getSourceAddress();
    line.put("remote", peer == null ? "" : peer.getAddress().getHostAddress());
    line.put("method", exchange.getRequestMethod().toString());
    line.put("path", ApiError.clip(exchange.getRequestPath()));
    line.put("status", exchange.getStatusCode());
    line.put("bytes", exchange.getResponseBytesSent());
    line.put("duration_us", micros);
    out.println(ModelJson.write(line));
  }
}
