package dev.modelcatalog.runtime.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a replica's shared state is doing: where it comes from, when it was last read, whether that worked, and what
 * went wrong. A replica that cannot reach its source keeps serving its last good state, and this says so.
 *
 * @param source where the state lives ({@link RegistryStore#describe()} or a URL)
 * @param lastAttempt when a read was last tried; null before the first
 * @param lastSuccess when a read last succeeded; null before the first success
 * @param lastError the last read's error; null when it succeeded
 * @param version the version of the state served (an index tag or an ETag); null when unknown
 * @param problems objects rejected in the state served (corrupt, breaking a rule), as {@code key: reason}
 */
public record SyncHealth(String source, Instant lastAttempt, Instant lastSuccess, String lastError, String version,
    List<String> problems) {

  public SyncHealth {
    problems = List.copyOf(problems);
  }

  /** Whether the last read succeeded. */
  public boolean reachable() {
    return lastAttempt != null && lastError == null;
  }

  /** Whether the state served is whole: the source was reached and every object in it was accepted. */
  public boolean healthy() {
    return reachable() && problems.isEmpty();
  }

  /** When the state served was read; empty before the first success. */
  public Optional<Instant> lastSyncTime() {
    return Optional.ofNullable(lastSuccess);
  }

  /** The health as JSON: {@code status} is {@code ok}, {@code degraded} (problems) or {@code unreachable}. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("status", healthy() ? "ok" : reachable() ? "degraded" : "unreachable");
    node.put("source", source);
    node.put("last_attempt", lastAttempt == null ? null : lastAttempt.toString());
    node.put("last_sync", lastSuccess == null ? null : lastSuccess.toString());
    node.put("last_error", lastError);
    node.put("version", version);
    ArrayNode list = node.putArray("problems");
    problems.forEach(list::add);
    return node;
  }
}
