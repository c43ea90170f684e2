package dev.modelcatalog.runtime;

import java.util.Locale;
import java.util.Map;

/** Which capability serves which OpenAI-style endpoint. */
final class Endpoints {

  private Endpoints() {}

  private static final Map<String, Capability> BY_NAME = Map.ofEntries(
      Map.entry("chat", Capability.CHAT),
      Map.entry("chat.completions", Capability.CHAT),
      Map.entry("completions", Capability.COMPLETION),
      Map.entry("embeddings", Capability.EMBEDDINGS),
      Map.entry("moderations", Capability.CONTENT_MODERATION),
      Map.entry("images", Capability.IMAGE_GENERATION),
      Map.entry("images.generations", Capability.IMAGE_GENERATION),
      Map.entry("audio.speech", Capability.SPEECH),
      Map.entry("audio.transcriptions", Capability.TRANSCRIPTION),
      Map.entry("rerank", Capability.RERANKING),
      Map.entry("realtime", Capability.REALTIME));

  /** The capability an endpoint needs, or null for an unknown endpoint. */
  static Capability capabilityFor(String endpoint) {
    if (endpoint == null) {
      return null;
    }
    String key = endpoint.trim().toLowerCase(Locale.ROOT);
    if (key.startsWith("/")) {
      key = key.substring(1);
    }
    if (key.startsWith("v1/")) {
      key = key.substring(3);
    }
    return BY_NAME.get(key.replace('/', '.'));
  }
}
