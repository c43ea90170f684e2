package dev.modelcatalog.examples.server;

import dev.modelcatalog.runtime.ModelRegistry;
import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

/**
 * Records every request in the registry's usage analytics ({@link ModelRegistry#recordUsage}) when it completes,
 * with the time from its arrival to its last byte as latency. A request is counted for the model it named (the
 * handler {@link #attribute attributes} it once the id is resolved); requests that name no model (lists, searches,
 * the page, unknown ids) are counted in the registry's {@code (other)} bucket.
 *
 * <p>Token counts are 0: this server answers questions about models and runs none, so its requests consume no
 * tokens. A server that proxies completions would record the counts from the provider's response here instead.
 * Recording takes no lock and allocates nothing on the registry's side, so it runs on the IO thread.
 */
final class UsageTracking {

  private static final AttachmentKey<String> MODEL = AttachmentKey.create(String.class);

  private final ModelRegistry registry;

  UsageTracking(ModelRegistry registry) {
    this.registry = registry;
  }

  /** Starts timing the exchange; the request is recorded when it completes. */
  void track(HttpServerExchange exchange) {
    long start = System.nanoTime();
    exchange.addExchangeCompleteListener((ExchangeCompletionListener) (done, next) -> {
      try {
        registry.recordUsage(done.getAttachment(MODEL), 0, 0, 0, System.nanoTime() - start);
      } finally {
        next.proceed();
      }
    });
  }

  /** Counts the request for this model (its canonical id). */
  static void attribute(HttpServerExchange exchange, String modelId) {
    exchange.putAttachment(MODEL, modelId);
  }
}
