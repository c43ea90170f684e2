package dev.modelcatalog.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a model id suggests about the model: the naming conventions behind
 * {@link Discovery#inferCharacteristics} and {@link Discovery#categorize}. Words are matched whole, on the
 * normalized id split at {@code -}, so {@code o1} is a reasoning id but {@code gpt-4o1x} is not.
 */
final class ModelIdInference {

  private ModelIdInference() {}

  /** A parameter count as written: {@code 8b}, {@code 1.5b}, {@code 8x7b}, {@code 350m}. */
  private static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(?:(\\d+)x)?(\\d+(?:\\.\\d+)?)([bm])(?![a-z0-9])");
  /** Active parameters of an MoE, {@code -a3b} in {@code qwen3-30b-a3b}. */
  private static final Pattern ACTIVE = Pattern.compile("(?<![a-z0-9])a\\d+(?:\\.\\d+)?b(?![a-z0-9])");
  /** OpenAI's o-series, {@code o1}, {@code o3-mini}, {@code o4-mini}. */
  private static final Pattern O_SERIES = Pattern.compile("o\\d+");

  /** Family word to provider, for ids that carry no provider prefix. Checked in order. */
  private static final List<Map.Entry<String, String>> FAMILIES = List.of(
      Map.entry("gpt", "openai"), Map.entry("chatgpt", "openai"), Map.entry("dall", "openai"),
      Map.entry("whisper", "openai"), Map.entry("tts", "openai"), Map.entry("davinci", "openai"),
      Map.entry("babbage", "openai"), Map.entry("codex", "openai"), Map.entry("claude", "anthropic"),
      Map.entry("llama", "meta"), Map.entry("llama2", "meta"), Map.entry("llama3", "meta"),
      Map.entry("llama4", "meta"), Map.entry("mistral", "mistral"), Map.entry("mixtral", "mistral"),
      Map.entry("pixtral", "mistral"), Map.entry("codestral", "mistral"), Map.entry("ministral", "mistral"),
      Map.entry("magistral", "mistral"), Map.entry("devstral", "mistral"), Map.entry("gemini", "google"),
      Map.entry("gemma", "google"), Map.entry("deepseek", "deepseek"), Map.entry("qwen", "alibaba"),
      Map.entry("qwq", "alibaba"), Map.entry("grok", "xai"), Map.entry("command", "cohere"),
      Map.entry("nemotron", "nvidia"), Map.entry("phi", "microsoft"), Map.entry("kimi", "moonshotai"),
      Map.entry("glm", "zhipuai"), Map.entry("nova", "amazon"), Map.entry("jamba", "ai21"));

  static ModelCharacteristics characteristics(String id) {
    String lower = id.trim().toLowerCase(Locale.ROOT);
    String normalized = Discovery.normalizeModelId(id);
    List<String> words = List.of(normalized.split("-"));
    boolean fineTuned = lower.startsWith("ft:") || words.contains("lora");
    Optional<String> size = size(lower);
    double billions = size.map(ModelIdInference::billions).orElse(-1.0);
    boolean embedding = isEmbedding(normalized, words);
    boolean reasoning = !embedding && isReasoning(normalized, words);
    boolean moe = size.map(s -> s.contains("x")).orElse(false) || ACTIVE.matcher(normalized).find()
        || words.contains("moe") || normalized.contains("mixtral") || normalized.startsWith("gpt-oss");
    boolean vision = !embedding && (any(words, "vision", "vl", "pixtral", "llava", "4o", "omni", "multimodal")
        || normalized.contains("pixtral") || normalized.contains("gemini"));
    boolean audio = any(words, "audio", "whisper", "tts", "speech", "realtime", "transcribe");
    boolean video = any(words, "video", "cosmos", "sora", "veo");
    boolean small = any(words, "mini", "nano", "small", "tiny", "lite", "haiku", "micro")
        || (billions > 0 && billions <= 10);
    boolean large = !small && (any(words, "large", "opus", "ultra", "xl", "premier") || billions >= 65);
    return new ModelCharacteristics(reasoning, moe, vision, audio, video, embedding, fineTuned, small, large,
        size, provider(lower, words));
  }

  static ModelCategory category(String id) {
    String normalized = Discovery.normalizeModelId(id);
    List<String> words = List.of(normalized.split("-"));
    if (isEmbedding(normalized, words)) {
      return ModelCategory.EMBEDDING;
    }
    if (normalized.contains("moderation") || any(words, "guard", "llamaguard")) {
      return ModelCategory.MODERATION;
    }
    if (normalized.contains("rerank")) {
      return ModelCategory.RERANK;
    }
    if (any(words, "dall", "image", "flux", "sdxl", "imagen", "diffusion") || normalized.startsWith("dall-e")) {
      return ModelCategory.IMAGE;
    }
    if (any(words, "whisper", "tts", "transcribe", "speech", "audio")) {
      return ModelCategory.AUDIO;
    }
    if (isReasoning(normalized, words)) {
      return ModelCategory.REASONING;
    }
    if (any(words, "davinci", "babbage", "curie", "ada", "base") || normalized.endsWith("turbo-instruct")) {
      return ModelCategory.COMPLETION;
    }
    return ModelCategory.CHAT;
  }

  private static boolean isEmbedding(String normalized, List<String> words) {
    return normalized.contains("embed") || any(words, "bge", "e5", "gte");
  }

  private static boolean isReasoning(String normalized, List<String> words) {
    return (!words.isEmpty() && O_SERIES.matcher(words.get(0)).matches())
        || any(words, "r1", "reasoner", "reasoning", "thinking", "think", "qwq", "magistral");
  }

  private static Optional<String> size(String lower) {
    Matcher m = SIZE.matcher(lower.substring(lower.lastIndexOf('/') + 1));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** Parameters in billions: {@code 8x7b} counts every expert, {@code 350m} is 0.35. */
  private static double billions(String size) {
    Matcher m = SIZE.matcher(size);
    if (!m.matches()) {
      return -1;
    }
    double each = Double.parseDouble(m.group(2)) * (m.group(3).equals("m") ? 0.001 : 1);
    // As a double: a fuzzed expert count past int range (4888888888888x88b) must not throw.
    return m.group(1) == null ? each : each * Double.parseDouble(m.group(1));
  }

  private static Optional<String> provider(String lower, List<String> words) {
    for (Map.Entry<String, String> family : FAMILIES) {
      for (String word : words) {
        if (isFamilyWord(word, family.getKey())) {
          return Optional.of(family.getValue());
        }
      }
    }
    if (!words.isEmpty() && O_SERIES.matcher(words.get(0)).matches()) {
      return Optional.of("openai");
    }
    int slash = lower.indexOf('/');
    if (slash > 0) {
      return Optional.of(lower.substring(0, slash));
    }
    return Optional.empty();
  }

  /** {@code llama3} and {@code gpt4o} belong to {@code llama} and {@code gpt}; {@code gptx} does not. */
  private static boolean isFamilyWord(String word, String family) {
    if (!word.startsWith(family)) {
      return false;
    }
    return word.length() == family.length() || family.length() >= 4
        || Character.isDigit(word.charAt(family.length()));
  }

  private static boolean any(List<String> words, String... wanted) {
    for (String w : wanted) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
