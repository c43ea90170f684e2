package dev.modelcatalog.runtime.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records the outcome of each read for {@link SyncHealth}; one per synchronised source. */
final class HealthTracker {

  private final String source;
  private final Clock clock;
  private volatile SyncHealth health;

  HealthTracker(String source, Clock clock) {
    this.source = source;
    this.clock = clock;
    this.health = new SyncHealth(source, null, null, null, null, List.of());
  }

  void succeeded(String version, List<String> problems) {
    Instant now = clock.instant();
    health = new SyncHealth(source, now, now, null, version, problems);
  }

  void failed(Throwable error) {
    SyncHealth last = health;
    String message = error.getMessage() == null ? error.getClass().getSimpleName()
        : error.getClass().getSimpleName() + ": " + error.getMessage();
    health = new SyncHealth(source, clock.instant(), last.lastSuccess(), message, last.version(), last.problems());
  }

  SyncHealth health() {
    return health;
  }
}
