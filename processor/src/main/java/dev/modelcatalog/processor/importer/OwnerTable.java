package dev.modelcatalog.processor.importer;

import dev.modelcatalog.runtime.Discovery;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who made a model, and which providers are that maker's own APIs. The owner is found from the id's organisation
 * prefix ({@code openai/gpt-5}, {@code meta-llama/...}, {@code hf:Qwen/...}) and, failing that, from the model's
 * family name ({@code claude-...} is Anthropic's); a model matching neither is owned by the provider that lists
 * it. The tables below are the whole rule.
 */
final class OwnerTable {

  private OwnerTable() {}

  /** Organisation prefixes (lower case) and the owner they name. */
  private static final Map<String, String> ORGANISATIONS = Map.ofEntries(
      Map.entry("openai", "openai"), Map.entry("anthropic", "anthropic"), Map.entry("google", "google"),
      Map.entry("meta-llama", "meta"), Map.entry("meta", "meta"), Map.entry("mistralai", "mistral"),
      Map.entry("deepseek-ai", "deepseek"), Map.entry("deepseek", "deepseek"), Map.entry("qwen", "alibaba"),
      Map.entry("qwen3", "alibaba"), Map.entry("moonshotai", "moonshotai"), Map.entry("zai-org", "zai"),
      Map.entry("z-ai", "zai"), Map.entry("zhipuai", "zai"), Map.entry("x-ai", "xai"), Map.entry("xai", "xai"),
      Map.entry("nvidia", "nvidia"), Map.entry("microsoft", "microsoft"), Map.entry("cohere", "cohere"),
      Map.entry("amazon", "amazon"));

  /** Family prefixes of the normalized id, tried in order, and the owner they name. */
  private static final List<Map.Entry<String, String>> FAMILIES = List.of(
      Map.entry("gpt-", "openai"), Map.entry("chatgpt", "openai"), Map.entry("o1", "openai"),
      Map.entry("o3", "openai"), Map.entry("o4", "openai"), Map.entry("codex", "openai"),
      Map.entry("text-embedding", "openai"), Map.entry("dall-e", "openai"), Map.entry("tts-1", "openai"),
      Map.entry("whisper", "openai"), Map.entry("claude", "anthropic"), Map.entry("gemini", "google"),
      Map.entry("gemma", "google"), Map.entry("llama", "meta"), Map.entry("meta-llama", "meta"),
      Map.entry("mistral", "mistral"), Map.entry("mixtral", "mistral"), Map.entry("codestral", "mistral"),
      Map.entry("devstral", "mistral"), Map.entry("magistral", "mistral"), Map.entry("pixtral", "mistral"),
      Map.entry("ministral", "mistral"), Map.entry("open-mistral", "mistral"), Map.entry("deepseek", "deepseek"),
      Map.entry("qwen", "alibaba"), Map.entry("qwq", "alibaba"), Map.entry("kimi", "moonshotai"),
      Map.entry("glm", "zai"), Map.entry("grok", "xai"), Map.entry("nemotron", "nvidia"));

  /** Each owner's own API providers, most preferred first. */
  private static final Map<String, List<String>> FIRST_PARTY = Map.ofEntries(
      Map.entry("openai", List.of("openai")), Map.entry("anthropic", List.of("anthropic")),
      Map.entry("google", List.of("google")), Map.entry("meta", List.of("llama", "meta")),
      Map.entry("mistral", List.of("mistral")), Map.entry("deepseek", List.of("deepseek")),
      Map.entry("alibaba", List.of("alibaba", "alibaba-cn")),
      Map.entry("moonshotai", List.of("moonshotai", "moonshotai-cn")),
      Map.entry("zai", List.of("zai", "zhipuai", "zai-coding-plan")), Map.entry("xai", List.of("xai")),
      Map.entry("nvidia", List.of("nvidia")));

  /** The owner of a model with this id, listed by this provider. */
  static String owner(String id, String provider) {
    String path = id.toLowerCase(Locale.ROOT);
    if (path.startsWith("hf:")) {
      path = path.substring(3);
    }
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      String owner = ORGANISATIONS.get(segments[i]);
      if (owner != null) {
        return owner;
      }
    }
    String normalized = Discovery.normalizeModelId(id);
    for (Map.Entry<String, String> family : FAMILIES) {
      if (normalized.startsWith(family.getKey())) {
        return family.getValue();
      }
    }
    return provider;
  }

  /**
   * The rank of a provider as the owner's own API: 0 for the most preferred first-party provider, and so on;
   * {@link Integer#MAX_VALUE} when the provider is not the owner's. A provider whose id is the owner's is always
   * first party.
   */
  static int firstPartyRank(String owner, String provider) {
    List<String> own = FIRST_PARTY.getOrDefault(owner, List.of(owner));
    int rank = own.indexOf(provider);
    if (rank >= 0) {
      return rank;
    }
    return provider.equals(owner) ? own.size() : Integer.MAX_VALUE;
  }
}
